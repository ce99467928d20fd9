import { describeNotification } from "./notification-kinds";

// The email that tells someone away from the desk what is waiting in their inbox: one message per
// delivery, listing every item with a link that opens it. Plain text and a simple HTML part.

export type DigestItem = {
  kind: string;
  actorName: string;
  articleId: string;
  articleTitle: string;
  claimId: string;
  excerpt: string;
  createdAt: Date;
};

export type DigestEmail = { subject: string; text: string; html: string };

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

export function itemLink(baseUrl: string, item: Pick<DigestItem, "articleId" | "claimId">): string {
  const base = baseUrl.replace(/\/+$/, "");
  return `${base}/articles/${encodeURIComponent(item.articleId)}${item.claimId ? `?claim=${encodeURIComponent(item.claimId)}` : ""}`;
}

export function composeDigest({ name, items, baseUrl, daily }: { name: string; items: DigestItem[]; baseUrl: string; daily: boolean }): DigestEmail {
  const count = `${items.length} ${items.length === 1 ? "thing" : "things"}`;
  const subject = daily
    ? `Factdesk: your daily digest (${count})`
    : items.length === 1
      ? `Factdesk: ${describeNotification(items[0]!.kind, items[0]!.actorName, items[0]!.articleTitle)}`
      : `Factdesk: ${count} for you`;
  const lines = items.map((item) => ({
    what: describeNotification(item.kind, item.actorName, item.articleTitle),
    excerpt: item.excerpt,
    link: itemLink(baseUrl, item),
    when: item.createdAt.toISOString().slice(0, 16).replace("T", " "),
  }));
  const text = [
    `Hello ${name},`,
    "",
    `${daily ? "Since your last digest" : "While you were away"}, ${count} in Factdesk ${items.length === 1 ? "concerns" : "concern"} you:`,
    "",
    ...lines.flatMap((line) => [`- ${line.what} (${line.when} UTC)`, ...(line.excerpt ? [`  “${line.excerpt}”`] : []), `  ${line.link}`, ""]),
    "You can change how often Factdesk emails you on your account page.",
  ].join("\n");
  const html = [
    `<p>Hello ${escapeHtml(name)},</p>`,
    `<p>${daily ? "Since your last digest" : "While you were away"}, ${count} in Factdesk ${items.length === 1 ? "concerns" : "concern"} you:</p>`,
    "<ul>",
    ...lines.map(
      (line) =>
        `<li><a href="${escapeHtml(line.link)}">${escapeHtml(line.what)}</a> <small>(${escapeHtml(line.when)} UTC)</small>${line.excerpt ? `<br><q>${escapeHtml(line.excerpt)}</q>` : ""}</li>`,
    ),
    "</ul>",
    "<p><small>You can change how often Factdesk emails you on your account page.</small></p>",
  ].join("\n");
  return { subject, text, html };
}
