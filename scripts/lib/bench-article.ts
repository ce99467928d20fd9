// Articles the benchmark scripts create: sentences full of checkable details, claims spread
// evenly over the words, every other claim with a source.
import { createArticle } from "@/lib/server/articles/create-article";
import { createClaim } from "@/lib/server/claims/create-claim";
import { getDb } from "@/lib/server/db";
import { addSource } from "@/lib/server/sources/add-source";
import type { SessionUser } from "@/lib/server/auth/session-user";

export const benchSentence = (index: number) =>
  `Minister Alex Example${index} said on ${1 + (index % 28)} March 2026 that ${1000 + index * 7} households received €${(index * 3.7).toFixed(1)} million in support.`;

/** Paragraphs of three sentences until the text has at least `words` words. */
export function benchText(words: number): string {
  const paragraphs: string[] = [];
  let count = 0;
  for (let index = 0; count < words; index++) {
    const paragraph = [benchSentence(index * 3), benchSentence(index * 3 + 1), benchSentence(index * 3 + 2)].join(" ");
    count += paragraph.split(/\s+/).length;
    paragraphs.push(paragraph);
  }
  return paragraphs.join("\n\n");
}

export async function benchUser(email: string): Promise<SessionUser> {
  return getDb().user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true, role: true } });
}

/** An article of about `words` words with `claims` claims (every third verified, every other with a source). */
export async function createBenchArticle({
  title = "Benchmark article",
  words,
  claims,
}: {
  title?: string;
  words: number;
  claims: number;
}): Promise<{ id: string; claimIds: string[]; text: string; version: number }> {
  const actor = await benchUser("editor@example.com");
  const article = await createArticle({ actor, input: { title, format: "text", content: benchText(words) } });
  const tokens = [...article.text.matchAll(/\S+/g)];
  const step = Math.max(1, Math.floor(tokens.length / Math.max(1, claims)));
  const claimIds: string[] = [];
  for (let index = 0; index < claims; index++) {
    const token = tokens[(index * step) % tokens.length]!;
    const claim = await createClaim({
      actor,
      articleId: article.id,
      input: { start: token.index, end: token.index + token[0].length, kind: "other", status: index % 3 === 0 ? "verified" : "unchecked" },
    });
    claimIds.push(claim.id);
    if (index % 2 === 0) await addSource({ actor, claimId: claim.id, input: { url: `https://example.org/${index}`, title: `Source ${index}`, excerpt: "An excerpt." } });
  }
  return { id: article.id, claimIds, text: article.text, version: article.version };
}
