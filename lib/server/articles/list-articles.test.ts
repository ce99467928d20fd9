import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import { ZArticleListQuerySchema, type TArticleListQuery } from "@/lib/validation/article-list";
import type { SessionUser } from "../auth/session-user";
import { createClaim } from "../claims/create-claim";
import { updateClaim } from "../claims/update-claim";
import { getDb } from "../db";
import { listArticles } from "./list-articles";
import { transitionArticle } from "./transition-article";
import { updateArticleSettings } from "./update-article-settings";

// Other test files write articles into the same database at the same time: every query here
// searches for a word only its own articles contain.
const marker = () =>
  Array.from(randomBytes(12), (byte) => String.fromCharCode(97 + (byte % 26)))
    .join("")
    .replace(/^/, "zq");

const query = (params: Record<string, string>): TArticleListQuery => ZArticleListQuerySchema.parse(params);
const titles = async (actor: SessionUser, params: Record<string, string>) => (await listArticles({ actor, query: query(params) })).articles.map((article) => article.title);

describe("the article list", () => {
  it("finds articles by the words of their title and text, stemmed, the title's matches first", async () => {
    const editor = await createTestUser("editor");
    const word = marker();
    await createTestArticle(editor, `The ministers of ${word} met in Porto.`, `Budget talks ${word}`);
    await createTestArticle(editor, `Nothing about it here ${word}.`, `Minister resigns ${word}`);
    await createTestArticle(editor, `Another text ${word}.`, `Weather ${word}`);

    // "minister" finds "ministers" (English stemming); the title match ranks above the text's.
    expect(await titles(editor, { q: `minister ${word}` })).toEqual([`Minister resigns ${word}`, `Budget talks ${word}`]);
    // Web-search syntax: a quoted phrase and an excluded word.
    expect(await titles(editor, { q: `"met in Porto" ${word}` })).toEqual([`Budget talks ${word}`]);
    expect(await titles(editor, { q: `${word} -weather -resigns` })).toEqual([`Budget talks ${word}`]);
    // Part of a title word is found too (what someone types before finishing the word).
    expect(await titles(editor, { q: word.slice(0, 10) })).toHaveLength(3);
    // Punctuation is not a word; LIKE's wildcards are taken literally (not "any title").
    expect(await titles(editor, { q: `%_\\ ${word}` })).toHaveLength(3);
    for (const wildcard of ["%", "_", "\\"]) expect(await titles(editor, { q: wildcard, mine: "true" })).toEqual([]);
  });

  it("filters by state, lead checker, my work, flagged claims and last change, and counts the claims", async () => {
    const editor = await createTestUser("editor");
    const checker = await createTestUser("checker");
    const word = marker();
    const plain = await createTestArticle(editor, `Plain ${word}.`, `Plain ${word}`);
    const led = await createTestArticle(editor, `The bridge opened on 14 October 2025 in Lisbon ${word}.`, `Led ${word}`);
    await updateArticleSettings({ actor: editor, articleId: led.id, input: { leadCheckerId: checker.id } });
    await transitionArticle({ actor: editor, articleId: led.id, to: "in_check" });
    const date = await createClaim({ actor: checker, articleId: led.id, input: { quote: "14 October 2025", kind: "date" } });
    const place = await createClaim({ actor: checker, articleId: led.id, input: { quote: "Lisbon", kind: "place" } });
    await updateClaim({ actor: checker, claimId: date.id, input: { status: "incorrect", version: 1 } });
    await updateClaim({ actor: checker, claimId: place.id, input: { status: "disputed", version: 1 } });
    const assigned = await createTestArticle(editor, `Assigned in Madrid ${word}.`, `Assigned ${word}`);
    const madrid = await createClaim({ actor: editor, articleId: assigned.id, input: { quote: "Madrid", kind: "place" } });
    await updateClaim({ actor: editor, claimId: madrid.id, input: { assigneeId: checker.id, version: 1 } });
    await getDb().claim.update({ where: { id: madrid.id }, data: { needsRecheck: true } });

    expect(await titles(editor, { q: word, state: "in_check" })).toEqual([`Led ${word}`]);
    expect(await titles(editor, { q: word, lead: checker.id })).toEqual([`Led ${word}`]);
    expect(await titles(checker, { q: word, lead: "me" })).toEqual([`Led ${word}`]);
    expect((await titles(editor, { q: word, lead: "none" })).sort()).toEqual([`Assigned ${word}`, `Plain ${word}`]);
    expect((await titles(checker, { q: word, mine: "true" })).sort()).toEqual([`Assigned ${word}`, `Led ${word}`]);
    expect(await titles(editor, { q: word, mine: "true" })).toHaveLength(3);
    expect(await titles(editor, { q: word, has: "incorrect" })).toEqual([`Led ${word}`]);
    expect(await titles(editor, { q: word, has: "disputed" })).toEqual([`Led ${word}`]);
    expect(await titles(editor, { q: word, has: "recheck" })).toEqual([`Assigned ${word}`]);

    await getDb().article.update({ where: { id: plain.id }, data: { updatedAt: new Date("2020-01-01T12:00:00Z") } });
    expect(await titles(editor, { q: word, updatedSince: "2020-01-02" })).not.toContain(`Plain ${word}`);
    expect(await titles(editor, { q: word, updatedSince: "2020-01-01" })).toContain(`Plain ${word}`);

    const page = await listArticles({ actor: editor, query: query({ q: word, sort: "title" }) });
    expect(page.total).toBe(3);
    expect(page.articles.find((article) => article.id === led.id)).toMatchObject({
      state: "in_check",
      leadChecker: { id: checker.id },
      createdBy: { id: editor.id },
      claimCount: 2,
      resolvedCount: 2,
      incorrectCount: 1,
      disputedCount: 1,
      recheckCount: 0,
    });
    expect(page.articles.find((article) => article.id === assigned.id)).toMatchObject({ claimCount: 1, resolvedCount: 0, recheckCount: 1, leadChecker: null });
  });

  it("pages by number and by cursor through the same order, without repeating or skipping", async () => {
    const editor = await createTestUser("editor");
    const word = marker();
    const names = ["delta", "Alpha", "charlie", "Echo", "bravo"];
    for (const name of names) await createTestArticle(editor, `Text ${word}.`, `${name} ${word}`);
    // Two articles changed in the same millisecond: the id breaks the tie.
    await getDb().article.updateMany({ where: { title: { in: [`delta ${word}`, `Echo ${word}`] } }, data: { updatedAt: new Date("2026-01-01T00:00:00Z") } });

    for (const sort of ["title", "updated", "created", "relevance"]) {
      const all = await titles(editor, { q: word, sort, limit: "10" });
      expect(all).toHaveLength(5);
      if (sort === "title") expect(all).toEqual(["Alpha", "bravo", "charlie", "delta", "Echo"].map((name) => `${name} ${word}`));

      const byNumber: string[] = [];
      for (let page = 1; page <= 3; page++) byNumber.push(...(await titles(editor, { q: word, sort, limit: "2", page: String(page) })));
      expect(byNumber).toEqual(all);

      const byCursor: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const params: Record<string, string> = { q: word, sort, limit: "2", ...(cursor ? { cursor } : {}) };
        const result = await listArticles({ actor: editor, query: query(params) });
        expect(result.total).toBe(5);
        byCursor.push(...result.articles.map((article) => article.title));
        cursor = result.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      expect(byCursor).toEqual(all);
      expect(pages).toBe(3);
    }
  });

  it("keeps an article searchable when its text has too many distinct words for one search vector", async () => {
    const editor = await createTestUser("editor");
    const word = marker();
    // ~1.9 million characters of distinct six-letter words: more than Postgres's 1 MB vector holds.
    const filler = Array.from({ length: 270_000 }, (_, index) => index.toString(36).padStart(6, "q")).join(" ");
    const article = await createTestArticle(editor, `${word} opens the piece. ${filler}`, `Enormous ${word}`);
    expect((await listArticles({ actor: editor, query: query({ q: word }) })).articles.map((found) => found.id)).toEqual([article.id]);
  });
});

describe("the article list's parameters", () => {
  it("refuse what they cannot mean, with the reason", () => {
    const refusal = (params: Record<string, string>) => {
      const parsed = ZArticleListQuerySchema.safeParse(params);
      return parsed.success ? null : parsed.error.issues.map((issue) => issue.message).join(" ");
    };
    expect(refusal({ state: "published" })).toMatch(/state must be one of/);
    expect(refusal({ page: "0" })).toMatch(/page must be a whole number/);
    expect(refusal({ page: "1e3" })).toMatch(/page must be a whole number/);
    expect(refusal({ limit: "201" })).toMatch(/limit must be a whole number/);
    expect(refusal({ updatedSince: "2026-02-30" })).toMatch(/not a day/);
    // Not a date at all (month 39), or not even its shape: refused, not thrown (the fuzzer found a 500).
    expect(refusal({ updatedSince: "2105-39-41" })).toMatch(/not a day/);
    expect(refusal({ updatedSince: "x".repeat(35) })).toMatch(/YYYY-MM-DD/);
    expect(refusal({ sort: "relevance" })).toMatch(/needs a search/);
    expect(refusal({ cursor: "not-a-cursor" })).toMatch(/cursor is not one/);
    expect(refusal({ lead: "Robert'); DROP TABLE" })).toMatch(/lead must be/);
    expect(refusal({ extra: "1" })).not.toBeNull();
    const titleCursor = Buffer.from(JSON.stringify(["title", "alpha", "abc123"])).toString("base64url");
    expect(refusal({ cursor: titleCursor })).toMatch(/another sort/);
    expect(refusal({ cursor: titleCursor, sort: "title" })).toBeNull();
    expect(refusal({ cursor: titleCursor, sort: "title", page: "2" })).toMatch(/page or cursor/);
    // A cursor smuggling what Postgres refuses, or a time it cannot read, is not one of ours.
    for (const forged of [
      ["title", "a\u0000b", "abc"],
      ["title", "\ud800", "abc"],
      ["updated", "2026-13-45T99:99:99.999Z", "abc"],
      ["relevance", 1e300, "abc"],
      ["updated", "2026-01-01T00:00:00.000Z", "ABC"],
    ]) {
      expect(refusal({ cursor: Buffer.from(JSON.stringify(forged)).toString("base64url"), sort: String(forged[0]) })).toMatch(/cursor is not one/);
    }
    expect(query({ q: "  budget  " })).toMatchObject({ q: "budget", sort: "relevance" });
    expect(query({ q: "" })).toMatchObject({ q: undefined, sort: "updated" });
    expect(query({ mine: "false" }).mine).toBe(false);
  });
});
