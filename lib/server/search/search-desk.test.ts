import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import { MATCHES_RANKED, type SearchGroup, type SearchKind, type SearchResultsDto } from "@/lib/search/search-kinds";
import { snippetText } from "@/lib/search/snippet";
import { ZSearchQuerySchema } from "@/lib/validation/search";
import type { SessionUser } from "../auth/session-user";
import { updateArticle } from "../articles/update-article";
import { createClaim } from "../claims/create-claim";
import { updateClaim } from "../claims/update-claim";
import { addComment } from "../comments/comments";
import { getDb } from "../db";
import { createRegisterEntry } from "../register/register-entries";
import { addSource } from "../sources/add-source";
import { searchDesk } from "./search-desk";

/** A made-up word no other test writes, so each test finds only its own rows on the shared database. */
const word = () => `zq${Array.from({ length: 8 }, () => "bcdfgkmpvwxz"[randomInt(12)]).join("")}k`;

const search = (actor: SessionUser, q: string, extra: Record<string, string> = {}) => searchDesk({ actor, query: ZSearchQuerySchema.parse({ q, ...extra }) });
const groupOf = (results: SearchResultsDto, kind: SearchKind): SearchGroup => results.groups.find((group) => group.kind === kind)!;
const matched = (segments: { text: string; match: boolean }[]) => segments.filter((segment) => segment.match).map((segment) => segment.text);

describe("search across the desk", () => {
  it("finds a word in articles, claims, sources, comments and the register, grouped by kind, each opening where it lives", async () => {
    const secret = word();
    const editor = await createTestUser("editor", "Eli Editor");
    const checker = await createTestUser("checker", "Cara Checker");
    const article = await createTestArticle(editor, `The ${secret} budget grew to 4.5 billion dollars last year.\n\nOfficials confirmed it.`, `Budget of ${secret}`);
    const claim = await createClaim({ actor: checker, articleId: article.id, input: { quote: "4.5 billion dollars", kind: "number" } });
    await updateClaim({ actor: checker, claimId: claim.id, input: { note: `Matches the ${secret} ministry's table.`, version: claim.version } });
    await addSource({ actor: checker, claimId: claim.id, input: { url: "https://budget.example/2026", title: `Budget tables of ${secret}`, publisher: "Ministry of Finance" } });
    await addComment({ actor: checker, claimId: claim.id, body: `Asked the ${secret} press office to confirm.` });
    await addComment({ actor: editor, articleId: article.id, body: `Is the ${secret} headline fair?` });
    const entry = await createRegisterEntry({ actor: editor, input: { name: `Org ${secret}`, kind: "organization", variants: [], titles: [], sources: [], notes: "" } });

    const results = await search(checker, secret);
    expect(results.groups.map((group) => group.kind)).toEqual(["articles", "claims", "sources", "comments", "register"]);

    const [articleHit] = groupOf(results, "articles").results;
    expect(articleHit).toMatchObject({ id: article.id, href: `/articles/${article.id}`, state: "draft" });
    expect(matched(articleHit?.kind === "articles" ? articleHit.title : [])).toEqual([secret]);

    const claims = groupOf(results, "claims");
    expect(claims).toMatchObject({
      total: 1,
      capped: false,
      results: [{ id: claim.id, href: `/articles/${article.id}?claim=${claim.id}`, article: { id: article.id }, status: "unchecked" }],
    });
    const claimHit = claims.results[0]!;
    if (claimHit.kind !== "claims") throw new Error("a claim");
    expect(snippetText(claimHit.quote)).toBe("4.5 billion dollars");
    expect(matched(claimHit.note ?? [])).toEqual([secret]);

    expect(groupOf(results, "sources").results).toMatchObject([
      { kind: "sources", href: `/articles/${article.id}?claim=${claim.id}`, claim: { id: claim.id }, publisher: "Ministry of Finance" },
    ]);
    const comments = groupOf(results, "comments").results;
    expect(comments).toHaveLength(2);
    expect(comments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          href: `/articles/${article.id}?claim=${claim.id}`,
          claim: { id: claim.id, quote: "4.5 billion dollars" },
          author: { id: checker.id, name: "Cara Checker" },
        }),
        expect.objectContaining({ href: `/articles/${article.id}`, claim: null, author: { id: editor.id, name: "Eli Editor" } }),
      ]),
    );
    expect(groupOf(results, "register").results).toMatchObject([{ id: entry.id, name: `Org ${secret}`, entryKind: "organization", href: `/register?q=Org%20${secret}` }]);

    // What the search reads is the stored text: an edit that drops the word drops the article.
    const { article: saved } = await updateArticle({
      actor: editor,
      articleId: article.id,
      input: { title: "Budget", content: "Nothing to find here.", format: "text", version: article.version },
    });
    expect(saved.version).toBe(article.version + 1);
    expect(groupOf(await search(checker, secret), "articles").total).toBe(0);
  });

  it("matches other forms of a word, phrases and exclusions, and ranks a title above the text", async () => {
    const secret = word();
    const editor = await createTestUser("editor");
    const inText = await createTestArticle(editor, `The ${secret} committee was checking the figures.`, `Something else ${word()}`);
    const inTitle = await createTestArticle(editor, `Nothing here mentions it but the title.`, `The ${secret} committee`);

    const forms = groupOf(await search(editor, `${secret} checked`), "articles");
    expect(forms.results.map((hit) => hit.id)).toEqual([inText.id]);
    const ranked = groupOf(await search(editor, secret), "articles");
    expect(ranked.results.map((hit) => hit.id)).toEqual([inTitle.id, inText.id]);
    expect(groupOf(await search(editor, `"${secret} committee was checking"`), "articles").results.map((hit) => hit.id)).toEqual([inText.id]);
    expect(groupOf(await search(editor, `${secret} -checking`), "articles").results.map((hit) => hit.id)).toEqual([inTitle.id]);
    // Part of a title word, as typed so far.
    expect(groupOf(await search(editor, secret.slice(0, 7)), "articles").results.map((hit) => hit.id)).toContain(inTitle.id);
    // Only stop words, or punctuation: nothing to find, and no error.
    expect(groupOf(await search(editor, "the of"), "claims").results).toEqual([]);
    expect(groupOf(await search(editor, '"(&|!'), "claims").results).toEqual([]);
  });

  it("finds a confidential source only for those who may see its details, and never by its contact", async () => {
    const secret = word();
    const editor = await createTestUser("editor");
    const lead = await createTestUser("checker");
    const assignee = await createTestUser("checker");
    const adder = await createTestUser("checker");
    const other = await createTestUser("checker");
    const viewer = await createTestUser("viewer");
    const article = await createTestArticle(editor, "The minister resigned on Monday.");
    await getDb().article.update({ where: { id: article.id }, data: { leadCheckerId: lead.id } });
    const claim = await createClaim({ actor: adder, articleId: article.id, input: { quote: "resigned", kind: "event" } });
    await updateClaim({ actor: editor, claimId: claim.id, input: { assigneeId: assignee.id, version: claim.version } });
    const contact = word();
    await addSource({ actor: adder, claimId: claim.id, input: { kind: "person", confidential: true, title: `Aide to the ${secret} minister`, contact: `${contact}@example.org` } });

    for (const reader of [editor, lead, assignee, adder]) {
      const sources = groupOf(await search(reader, secret), "sources");
      expect(sources, reader.id).toMatchObject({ total: 1, results: [{ confidential: true, sourceKind: "person" }] });
    }
    for (const reader of [other, viewer]) {
      expect(groupOf(await search(reader, secret), "sources"), reader.id).toMatchObject({ total: 0, results: [] });
    }
    expect(groupOf(await search(editor, contact), "sources").total).toBe(0);
  });

  it("finds register entries by a misspelt or partial name, a variant, a title or the notes", async () => {
    const surname = word();
    const editor = await createTestUser("editor");
    const entry = await createRegisterEntry({
      actor: editor,
      input: {
        name: `Marco ${surname}`,
        kind: "person",
        variants: [`Marko ${surname}x`],
        titles: [{ title: `Secretary of ${surname}dom`, from: "2025-01-21", to: null }],
        sources: [],
        notes: `Confirmed by the ${surname} embassy.`,
      },
    });
    const ids = async (q: string) => groupOf(await search(editor, q), "register").results.map((hit) => hit.id);
    expect(await ids(`Marco ${surname}`)).toEqual([entry.id]);
    expect(await ids(`Marco ${surname.slice(0, 5)}${surname.slice(6)}`)).toContain(entry.id);
    expect(await ids(surname.slice(0, 6))).toContain(entry.id);
    const variant = groupOf(await search(editor, `Marko ${surname}x`), "register").results[0];
    expect(variant).toMatchObject({ id: entry.id, matchedName: `Marko ${surname}x`, titles: [`Secretary of ${surname}dom`] });
    expect(await ids(`${surname}dom`)).toContain(entry.id);
    expect(await ids(`embassy ${surname}`)).toContain(entry.id);
  });

  it("pages one kind's results and says when there are more than it ranks", async () => {
    const secret = word();
    const checker = await createTestUser("checker");
    const article = await createTestArticle(await createTestUser("editor"), `${Array.from({ length: 25 }, (_, index) => `Claim ${index} on ${secret}.`).join(" ")}`);
    for (let index = 0; index < 25; index++) {
      await createClaim({ actor: checker, articleId: article.id, input: { quote: `Claim ${index} on ${secret}`, kind: "other" } });
    }
    const everything = groupOf(await search(checker, secret), "claims");
    expect(everything).toMatchObject({ total: 25, capped: false });
    expect(everything.results).toHaveLength(5);
    const first = await search(checker, secret, { kind: "claims" });
    const second = await search(checker, secret, { kind: "claims", page: "2" });
    expect(first.groups.map((group) => group.kind)).toEqual(["claims"]);
    expect(groupOf(first, "claims").results).toHaveLength(20);
    expect(groupOf(second, "claims").results).toHaveLength(5);
    const seen = [...groupOf(first, "claims").results, ...groupOf(second, "claims").results].map((hit) => hit.id);
    expect(new Set(seen).size).toBe(25);
    expect(groupOf(await search(checker, secret, { kind: "claims", page: "3" }), "claims")).toMatchObject({ total: 25, results: [] });
    expect(MATCHES_RANKED).toBeGreaterThan(25);
  });

  it("refuses what is not a search", () => {
    expect(ZSearchQuerySchema.safeParse({ q: "  " }).success).toBe(false);
    expect(ZSearchQuerySchema.safeParse({}).success).toBe(false);
    expect(ZSearchQuerySchema.safeParse({ q: "x".repeat(201) }).success).toBe(false);
    expect(ZSearchQuerySchema.safeParse({ q: "budget", page: "2" }).success).toBe(false);
    expect(ZSearchQuerySchema.safeParse({ q: "budget", kind: "people" }).success).toBe(false);
    expect(ZSearchQuerySchema.safeParse({ q: "budget", kind: "claims", page: "51" }).success).toBe(false);
    expect(ZSearchQuerySchema.safeParse({ q: "budget", extra: "1" }).success).toBe(false);
  });
});
