import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { countQueries } from "@/lib/testing/count-queries";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import { updateArticleSettings } from "../articles/update-article-settings";
import { createClaim } from "../claims/create-claim";
import { getDb } from "../db";
import { acceptSuggestions, listSuggestions } from "../suggestions/suggestions";
import { importRegisterCsv } from "./import-register";
import { createRegisterEntry, getRegisterEntry, listRegister, mergeRegisterEntries, updateRegisterEntry } from "./register-entries";
import { registerReview } from "./register-review";

/** A surname no other test uses, so the shared register cannot confuse tests. */
function surname(): string {
  // Ten random letters (each hex digit of a UUID mapped onto a–p): two tests never draw near misses of each other.
  const letters = [...randomUUID().replaceAll("-", "").slice(0, 10)].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join("");
  return `Q${letters}ovski`;
}

const code = (expected: string) => (error: unknown) => error instanceof AppError && error.code === expected;

describe("the names-and-titles register", () => {
  it("is kept by checkers, editors and admins, read by everyone, with versioned changes", async () => {
    const checker = await createTestUser("checker");
    const viewer = await createTestUser("viewer");
    const name = `Ana ${surname()}`;
    await expect(createRegisterEntry({ actor: viewer, input: { name, kind: "person", variants: [], titles: [], sources: [], notes: "" } })).rejects.toSatisfy(code("FORBIDDEN"));
    const entry = await createRegisterEntry({
      actor: checker,
      input: {
        name,
        kind: "person",
        variants: [],
        titles: [{ title: "Foreign Minister", from: "2021-03", to: "2024-06" }],
        sources: [{ url: "https://gov.example/lima" }],
        notes: "",
      },
    });
    expect(entry).toMatchObject({
      name,
      version: 1,
      titles: [{ title: "Foreign Minister", from: "2021-03", to: "2024-06" }],
      sources: [{ url: "https://gov.example/lima", title: "" }],
      verifiedBy: { id: checker.id },
    });
    const updated = await updateRegisterEntry({ actor: checker, id: entry.id, input: { variants: [`Anna ${name.split(" ")[1]}`], version: 1 } });
    expect(updated).toMatchObject({ version: 2, variants: [`Anna ${name.split(" ")[1]}`], titles: [{ title: "Foreign Minister" }] });
    await expect(updateRegisterEntry({ actor: checker, id: entry.id, input: { notes: "x", version: 1 } })).rejects.toSatisfy(code("CONFLICT"));
    const found = await listRegister({ actor: viewer, q: name.toLowerCase().replace("a", "á") });
    expect(found.map((item) => item.id)).toContain(entry.id);
  });

  it("imports a CSV: new names are created, known ones updated, a bad row refuses the whole file", async () => {
    const editor = await createTestUser("editor");
    const [first, second] = [`Rui ${surname()}`, `Eva ${surname()}`];
    const made = await importRegisterCsv({ actor: editor, csv: `name,titles,sources\n${first},Mayor | 2022 | ,https://city.example | City\n` });
    expect(made).toEqual({ format: "register", created: 1, updated: 0 });
    const again = await importRegisterCsv({ actor: editor, csv: `name,titles\n${first.toUpperCase()},"Mayor | 2022 | 2025\nGovernor | 2026 | "\n${second},\n` });
    expect(again).toEqual({ format: "register", created: 1, updated: 1 });
    // The search is fuzzy and other tests register similar names: pick this one out by name.
    const entry = (await listRegister({ actor: editor, q: first })).find((item) => item.name.toLowerCase() === first.toLowerCase());
    expect(entry!.titles).toEqual([
      { title: "Mayor", from: "2022", to: "2025", jurisdiction: "" },
      { title: "Governor", from: "2026", to: null, jurisdiction: "" },
    ]);
    await expect(importRegisterCsv({ actor: editor, csv: `name,titles\n${surname()},Mayor | 20222 |\n` })).rejects.toSatisfy(code("INVALID_INPUT"));
  });

  it("flags a misspelt registered name in any article, with the entry's sources, in a constant number of queries", async () => {
    const checker = await createTestUser("checker");
    const family = surname();
    const entry = await createRegisterEntry({
      actor: checker,
      input: {
        name: `Helena ${family}`,
        kind: "person",
        variants: [],
        titles: [{ title: "Health Minister", from: "2023", to: null }],
        sources: [{ url: "https://gov.example/health", title: "Cabinet list" }],
        notes: "",
      },
    });
    const misspelt = `Helena ${family.slice(0, 3)}${family.slice(4)}`;
    const article = await createTestArticle(await createTestUser("editor"), `Health Minister ${misspelt} opened the clinic. Later, Health Minister Helena ${family} spoke.`);
    const { suggestions } = await listSuggestions({ actor: checker, articleId: article.id });
    const flags = suggestions.filter((suggestion) => suggestion.kind === "register_flag");
    expect(flags).toHaveLength(1);
    // The title is the evidence: the register names who holds it.
    expect(flags[0]).toMatchObject({
      rule: "wrong_holder",
      quote: `Health Minister ${misspelt}`,
      registerEntryId: entry.id,
      message: expect.stringContaining(`the register has Helena ${family} as Health Minister (source: Cabinet list, https://gov.example/health); the article says ${misspelt}.`),
      registerEntry: { name: `Helena ${family}`, sources: [{ url: "https://gov.example/health", title: "Cabinet list", excerpt: "" }] },
    });

    // Marking the flagged words as a claim works once; a second claim on the same words is refused.
    const [claim] = await acceptSuggestions({ actor: checker, articleId: article.id, ids: [flags[0]!.id] });
    expect(claim).toMatchObject({ kind: "name", note: "", hint: expect.stringContaining(`the article says ${misspelt}`) });
    await expect(acceptSuggestions({ actor: checker, articleId: article.id, ids: [flags[0]!.id] })).rejects.toSatisfy(code("UNPROCESSABLE"));

    const short = await createTestArticle(await createTestUser("editor"), `Minister ${misspelt} spoke.`);
    const long = await createTestArticle(
      await createTestUser("editor"),
      Array.from({ length: 30 }, (_, index) => `Minister ${misspelt} met Paula Example${index} and Marco Sample${index}.`).join("\n\n"),
    );
    const few = await countQueries(() => listSuggestions({ actor: checker, articleId: short.id }));
    const many = await countQueries(() => listSuggestions({ actor: checker, articleId: long.id }));
    // Both counts are real: zero would mean the query log is not being read.
    expect(few.queries).toBeGreaterThan(0);
    expect(many.queries).toBe(few.queries);
  });
});

describe("one entry per person", () => {
  const input = (name: string, extra: Partial<Parameters<typeof createRegisterEntry>[0]["input"]> = {}) => ({
    name,
    kind: "person" as const,
    variants: [],
    titles: [],
    sources: [],
    notes: "",
    ...extra,
  });

  it("refuses a second entry with the same name or variant (case, diacritics, spacing ignored) with the existing id", async () => {
    const checker = await createTestUser("checker");
    const family = surname();
    const first = await createRegisterEntry({ actor: checker, input: input(`Zoë ${family}`, { variants: [`Zoe ${family}-Smith`] }) });
    for (const name of [`ZOE  ${family}`, `zoé ${family}`]) {
      const refused = await createRegisterEntry({ actor: checker, input: input(name) }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(AppError);
      expect(refused).toMatchObject({ code: "CONFLICT", details: { existingId: first.id } });
    }
    await expect(createRegisterEntry({ actor: checker, input: input(`Ann ${surname()}`, { variants: [`Zoe ${family} Smith`] }) })).rejects.toMatchObject({
      code: "CONFLICT",
      details: { existingId: first.id },
    });
    // Two writes racing for one name: one wins, the other gets the 409, never a 500.
    const raced = `Ida ${surname()}`;
    const results = await Promise.allSettled([
      createRegisterEntry({ actor: checker, input: input(raced) }),
      createRegisterEntry({ actor: checker, input: input(raced.toUpperCase()) }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    // Renaming into another entry's name is refused too.
    const second = await createRegisterEntry({ actor: checker, input: input(`Eli ${surname()}`) });
    await expect(updateRegisterEntry({ actor: checker, id: second.id, input: { variants: [`Zoë ${family}`], version: 1 } })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("merges two entries: names become variants, titles and sources combined, history on both", async () => {
    const editor = await createTestUser("editor");
    const family = surname();
    const keep = await createRegisterEntry({
      actor: editor,
      input: input(`Kaja ${family}`, { titles: [{ title: "Prime Minister", from: "2021", to: "2024", jurisdiction: "Estonia" }], sources: [{ url: "https://a.example/k" }] }),
    });
    const other = await createRegisterEntry({
      actor: editor,
      input: input(`K. ${family}`, {
        variants: [`Kaia ${family}`],
        titles: [
          { title: "Prime Minister", from: "2021", to: "2024", jurisdiction: "Estonia" },
          { title: "High Representative", from: "2024-12", jurisdiction: "European Union" },
        ],
        sources: [{ url: "https://a.example/k" }, { url: "https://b.example/k" }],
        notes: "From the wire.",
      }),
    });
    await expect(mergeRegisterEntries({ actor: editor, id: keep.id, input: { otherId: other.id, version: 1, otherVersion: 2 } })).rejects.toSatisfy(code("CONFLICT"));
    const merged = await mergeRegisterEntries({ actor: editor, id: keep.id, input: { otherId: other.id, version: 1, otherVersion: 1 } });
    expect(merged).toMatchObject({
      id: keep.id,
      version: 2,
      variants: [`K. ${family}`, `Kaia ${family}`],
      titles: [
        { title: "Prime Minister", jurisdiction: "Estonia" },
        { title: "High Representative", from: "2024-12", to: null, jurisdiction: "European Union" },
      ],
      sources: [{ url: "https://a.example/k" }, { url: "https://b.example/k" }],
      notes: "From the wire.",
    });
    await expect(getRegisterEntry({ actor: editor, id: other.id })).rejects.toSatisfy(code("NOT_FOUND"));
    // The merged-away names now find the kept entry.
    await expect(createRegisterEntry({ actor: editor, input: input(`Kaia ${family}`) })).rejects.toMatchObject({ details: { existingId: keep.id } });
    const history = await getDb().activityEvent.findMany({ where: { entityId: { in: [keep.id, other.id] } }, select: { entityId: true, action: true }, orderBy: { id: "asc" } });
    expect(history.map((event) => `${event.entityId === keep.id ? "keep" : "other"}:${event.action}`)).toEqual([
      "keep:register.created",
      "other:register.created",
      "keep:register.merged",
      "other:register.merged_into",
    ]);
  });
});

describe("loading the register from Wikidata", () => {
  it("groups a 'position held' export by person, with dates, countries and the Wikidata page as source", async () => {
    const editor = await createTestUser("editor");
    const [a, b] = [surname(), surname()];
    const existing = await createRegisterEntry({
      actor: editor,
      input: { name: `Jonas ${b}`, kind: "person", variants: [], titles: [{ title: "Mayor", from: "2010", to: "2014" }], sources: [], notes: "Desk note." },
    });
    const csv = [
      "person,personLabel,position,positionLabel,start,end,countryLabel",
      `http://www.wikidata.org/entity/Q901,Karin ${a},http://www.wikidata.org/entity/Q5,Minister of Finance,2024-03-01T00:00:00Z,,Norway`,
      `http://www.wikidata.org/entity/Q901,Karin ${a},http://www.wikidata.org/entity/Q6,Minister of Trade,2019-10-18T00:00:00Z,2024-02-29T00:00:00Z,Norway`,
      `http://www.wikidata.org/entity/Q902,Jonas ${b},http://www.wikidata.org/entity/Q7,Prime Minister,2025-01-01T00:00:00Z,,Norway`,
    ].join("\n");
    expect(await importRegisterCsv({ actor: editor, csv })).toEqual({ format: "wikidata", created: 1, updated: 1 });
    const karin = (await listRegister({ actor: editor, q: `Karin ${a}` })).find((entry) => entry.name === `Karin ${a}`)!;
    expect(karin).toMatchObject({
      titles: [
        { title: "Minister of Finance", from: "2024-03-01", to: null, jurisdiction: "Norway" },
        { title: "Minister of Trade", from: "2019-10-18", to: "2024-02-29", jurisdiction: "Norway" },
      ],
      sources: [{ url: "https://www.wikidata.org/wiki/Q901", title: "Wikidata Q901" }],
    });
    // An entry the desk keeps gains the title and the source; its own titles and notes stay.
    const jonas = await getRegisterEntry({ actor: editor, id: existing.id });
    expect(jonas).toMatchObject({
      notes: "Desk note.",
      titles: [{ title: "Mayor" }, { title: "Prime Minister", from: "2025-01-01", jurisdiction: "Norway" }],
      sources: [{ url: "https://www.wikidata.org/wiki/Q902" }],
    });
    // Importing the same file again adds nothing twice.
    await importRegisterCsv({ actor: editor, csv });
    expect((await getRegisterEntry({ actor: editor, id: existing.id })).titles).toHaveLength(2);
    await expect(importRegisterCsv({ actor: editor, csv: "personLabel,positionLabel,start\nX Y,Mayor,last spring\n" })).rejects.toSatisfy(code("INVALID_INPUT"));
  });
});

describe("the article's day and the review list", () => {
  it("checks titles as of the publication date and says so; lists verified names the register lacks", async () => {
    const editor = await createTestUser("editor");
    const family = surname();
    await createRegisterEntry({
      actor: editor,
      input: {
        name: `Per ${family}`,
        kind: "person",
        variants: [],
        titles: [{ title: "Minister of Fisheries", from: "2019", to: "2024-02", jurisdiction: "Norway" }],
        sources: [],
        notes: "",
      },
    });
    const article = await createTestArticle(editor, `Norwegian Minister of Fisheries Per ${family} opened the harbour.`);
    const flagsOf = async () => (await listSuggestions({ actor: editor, articleId: article.id })).suggestions.filter((item) => item.kind === "register_flag");
    expect(await flagsOf()).toEqual([expect.objectContaining({ rule: "outdated_title", message: expect.stringContaining("(today; the article has no publication date)") })]);
    await updateArticleSettings({ actor: editor, articleId: article.id, input: { publicationDate: "2023-06-01" } });
    expect(await flagsOf()).toEqual([]);
    const { registerDay } = await listSuggestions({ actor: editor, articleId: article.id });
    expect(registerDay).toEqual({ day: "2023-06-01", label: "on 2023-06-01 (the article's publication date)" });

    const named = await createTestArticle(editor, `Harbour Master Liv ${family} and Minister of Fisheries Per ${family} spoke.`);
    const liv = await createClaim({ actor: editor, articleId: named.id, input: { quote: `Harbour Master Liv ${family}`, kind: "title", status: "verified" } });
    const per = await createClaim({ actor: editor, articleId: named.id, input: { quote: `Minister of Fisheries Per ${family}`, kind: "title", status: "verified" } });
    const review = await registerReview({ actor: editor, articleId: named.id });
    // Per holds the title only in the past: it is missing as a current title.
    expect(review).toEqual([
      expect.objectContaining({ claimId: liv.id, name: `Liv ${family}`, missing: "person" }),
      expect.objectContaining({ claimId: per.id, name: `Per ${family}`, missing: "title" }),
    ]);
  });
});

describe("importing names other entries hold", () => {
  it("refuses a file whose row gives another entry's name as a variant, naming the line, and imports nothing", async () => {
    const editor = await createTestUser("editor");
    const [held, fresh] = [`Oda ${surname()}`, `Ivo ${surname()}`];
    const owner = await createRegisterEntry({ actor: editor, input: { name: held, kind: "person", variants: [], titles: [], sources: [], notes: "" } });
    const refused = await importRegisterCsv({ actor: editor, csv: `name,variants\n${fresh},\n${surname()} Person,"${held.toUpperCase()}"\n` }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: "CONFLICT", message: expect.stringContaining(`line 3: “${held.toLowerCase()}” is already ${held} (entry ${owner.id})`) });
    expect(await listRegister({ actor: editor, q: fresh })).not.toContainEqual(expect.objectContaining({ name: fresh }));
  });
});
