import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { countQueries } from "@/lib/testing/count-queries";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import { acceptSuggestions, listSuggestions } from "../suggestions/suggestions";
import { importRegisterCsv } from "./import-register";
import { createRegisterEntry, listRegister, updateRegisterEntry } from "./register-entries";

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
    expect(made).toEqual({ created: 1, updated: 0 });
    const again = await importRegisterCsv({ actor: editor, csv: `name,titles\n${first.toUpperCase()},"Mayor | 2022 | 2025\nGovernor | 2026 | "\n${second},\n` });
    expect(again).toEqual({ created: 1, updated: 1 });
    // The search is fuzzy and other tests register similar names: pick this one out by name.
    const entry = (await listRegister({ actor: editor, q: first })).find((item) => item.name.toLowerCase() === first.toLowerCase());
    expect(entry!.titles).toEqual([
      { title: "Mayor", from: "2022", to: "2025" },
      { title: "Governor", from: "2026", to: null },
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
