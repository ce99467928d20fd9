import "server-only";
import type { Role } from "@/lib/permissions";
import { createArticle } from "../articles/create-article";
import { transitionArticle } from "../articles/transition-article";
import { hashPassword } from "../auth/password";
import type { SessionUser } from "../auth/session-user";
import { createClaim } from "../claims/create-claim";
import { updateClaim } from "../claims/update-claim";
import { getDb } from "../db";
import { updateArticleSettings } from "../articles/update-article-settings";
import { createRegisterEntry } from "../register/register-entries";
import { addSource } from "../sources/add-source";
import { SAMPLE_ARTICLE_MARKDOWN, SAMPLE_ARTICLE_TITLE, SAMPLE_CLAIMS } from "./sample-article";

export const DEFAULT_SEED_PASSWORD = "factdesk-demo";

const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "admin@example.com", name: "Ada Admin", role: "admin" },
  { email: "editor@example.com", name: "Eli Editor", role: "editor" },
  { email: "checker@example.com", name: "Cara Checker", role: "checker" },
  { email: "viewer@example.com", name: "Vic Viewer", role: "viewer" },
];

const COUNCIL = { url: "https://example.org/port-alder/council/members", title: "Elected members of Port Alder City Council" };

const DEMO_REGISTER = [
  { name: "Elena Vasquez", titles: [{ title: "Mayor", from: "2023-05", to: null }], sources: [COUNCIL] },
  { name: "Priya Raman", titles: [{ title: "Deputy Mayor", from: "2023-05", to: null }], sources: [COUNCIL] },
  {
    name: "David Okafor",
    titles: [
      { title: "Transport Minister", from: "2019-02", to: "2025-06" },
      { title: "Finance Minister", from: "2025-07", to: null },
    ],
    sources: [{ url: "https://example.org/government/cabinet", title: "The cabinet" }],
  },
  { name: "Margit Halvorson", titles: [], sources: [{ url: "https://example.org/archive/bridge-1962", title: "Bridge opening, 1962 (city archive)" }] },
];

export type SeedResult = { usersCreated: number; articleCreated: boolean };

/**
 * Creates the demo users (one per role) and the sample article with a few claims. Safe to run
 * again: existing users keep their password and the sample article is not duplicated.
 */
export async function seedDemo({ password }: { password: string }): Promise<SeedResult> {
  const db = getDb();
  const passwordHash = await hashPassword(password);
  let usersCreated = 0;
  // Every role is filled by the loop below (DEMO_USERS has one user per role).
  const users = {} as Record<Role, SessionUser>;
  for (const user of DEMO_USERS) {
    const existing = await db.user.findUnique({ where: { email: user.email }, select: { id: true, email: true, name: true, role: true } });
    if (existing) {
      users[user.role] = existing;
      continue;
    }
    users[user.role] = await db.user.create({ data: { ...user, passwordHash }, select: { id: true, email: true, name: true, role: true } });
    usersCreated += 1;
  }

  if (await db.article.findFirst({ where: { title: SAMPLE_ARTICLE_TITLE }, select: { id: true } })) return { usersCreated, articleCreated: false };
  const article = await createArticle({ actor: users.editor, input: { title: SAMPLE_ARTICLE_TITLE, format: "markdown", content: SAMPLE_ARTICLE_MARKDOWN } });
  for (const sample of SAMPLE_CLAIMS) {
    const claim = await createClaim({
      actor: users.checker,
      articleId: article.id,
      input: { quote: sample.quote, kind: sample.kind, status: sample.status, note: sample.note },
    });
    if ("source" in sample) {
      await addSource({ actor: users.checker, claimId: claim.id, input: { ...sample.source, accessedAt: new Date().toISOString().slice(0, 10) } });
    }
    // The checker's queue starts with the claims still open.
    if (sample.status === "unchecked" || sample.status === "in_progress") {
      await updateClaim({ actor: users.editor, claimId: claim.id, input: { assigneeId: users.checker.id, version: claim.version } });
    }
  }
  await transitionArticle({ actor: users.editor, articleId: article.id, to: "in_check" });
  // The story ran the day after the bridge reopened: the register checks titles for that day.
  await updateArticleSettings({ actor: users.editor, articleId: article.id, input: { publicationDate: "2025-10-15" } });
  // The register the demo starts with: the article misspells one name and gives a minister a
  // title he no longer holds, so the Suggestions tab shows both kinds of register flag.
  for (const entry of DEMO_REGISTER) await createRegisterEntry({ actor: users.checker, input: { kind: "person", variants: [], notes: "", ...entry } });
  return { usersCreated, articleCreated: true };
}

export async function hasAnyUser(): Promise<boolean> {
  return (await getDb().user.count()) > 0;
}
