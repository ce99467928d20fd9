import { describe, expect, it } from "vitest";
import { extractSuggestions } from "../suggestions/extract";
import { isNearMiss, registerFlags, type CheckedEntry, type NameCandidate, type TitleHolder } from "./flags";
import { personMentions } from "./mentions";
import { normalizeName, normalizeTitle } from "./normalize";

const entry = (id: string, name: string, titles: Array<[string, string | null, string | null]>, variants: string[] = []): CheckedEntry & { variants: string[] } => ({
  id,
  name,
  variants,
  titles: titles.map(([title, from, to]) => ({ title, normalized: normalizeTitle(title), from, to })),
});

const REGISTER = [
  entry("lima", "Ana Lima", [
    ["Foreign Minister", "2021-03", "2024-06"],
    ["Prime Minister", "2024-07", null],
  ]),
  entry("costa", "Rui Costa", [["Foreign Minister", "2024-07", null]]),
  entry("alvarez", "José Álvarez", [["Mayor of Lisbon", "2022", null]]),
  entry("zelensky", "Volodymyr Zelensky", [["President", "2019-05", null]], ["Volodymyr Zelenskyy", "Wolodymyr Selenskyj"]),
  entry("mario", "Mario Lopez", []),
  entry("anna", "Anna Berg", []),
  entry("anne", "Anne Berg", []),
];

/** What the database would answer: every registered name or variant with any similarity (here: all of them). */
function check(text: string, day = "2026-11-27") {
  const mentions = personMentions(text, extractSuggestions(text));
  const names = REGISTER.flatMap((item) => [item.name, ...item.variants].map((name) => ({ entryId: item.id, normalized: normalizeName(name) })));
  const candidates = new Map<string, NameCandidate[]>(mentions.map((mention) => [normalizeName(mention.name), names]));
  const holders: TitleHolder[] = REGISTER.flatMap((item) => item.titles.map((title) => ({ entryId: item.id, name: item.name, ...title })));
  return registerFlags({ mentions, candidates, entries: new Map(REGISTER.map((item) => [item.id, item])), holders, day }).map((flag) => ({
    rule: flag.rule,
    text: text.slice(flag.start, flag.end),
    entry: flag.registerEntryId,
    message: flag.message,
  }));
}

describe("register flags", () => {
  it("asks 'did you mean' for a near-miss of a registered name", () => {
    expect(check("Prime Minister Ana Lmia arrived.")).toEqual([
      expect.objectContaining({ rule: "near_miss", text: "Prime Minister Ana Lmia", entry: "lima", message: expect.stringContaining("did you mean Ana Lima?") }),
    ]);
    expect(check("The talks with Volodymir Zelensky ended.")).toEqual([expect.objectContaining({ rule: "near_miss", entry: "zelensky" })]);
  });

  it("accepts diacritics, transliterations and registered variants as the same person", () => {
    expect(check("Mayor of Lisbon Jose Alvarez spoke.")).toEqual([]);
    expect(check("President Volodymyr Zelenskyy spoke, and so did Wolodymyr Selenskyj.")).toEqual([]);
  });

  it("does not flag common names that are different people", () => {
    expect(check("Maria Lopez, a nurse, said the ward was full.")).toEqual([]);
    expect(check("Anne Berg and Anna Berg both signed.")).toEqual([]);
    expect(isNearMiss("maria lopez", "mario lopez")).toBe(false);
    expect(isNearMiss("jane smith", "john smith")).toBe(false);
  });

  it("flags a title the person does not hold on the article's date, and who does", () => {
    const [flag] = check("Finance Minister Ana Lima met the press.");
    expect(flag).toMatchObject({ rule: "title_mismatch", entry: "lima", text: "Finance Minister Ana Lima" });
    expect(flag!.message).toContain("the register has Ana Lima as Prime Minister, not “Finance Minister”");
    const [other] = check("Prime Minister Rui Costa met the press.");
    expect(other!.message).toContain("Ana Lima is Prime Minister on that date");
    expect(check("Prime Minister Ana Lima met the press.")).toEqual([]);
    expect(check("Foreign Minister Ana Lima met the press.", "2023-05-01")).toEqual([]);
  });

  it("flags a past title given without 'former', and accepts it with", () => {
    const [flag] = check("We spoke to Foreign Minister Ana Lima.");
    expect(flag).toMatchObject({ rule: "former_title", entry: "lima" });
    expect(flag!.message).toContain("was Foreign Minister from 2021-03 to 2024-06");
    expect(flag!.message).toContain("Rui Costa is Foreign Minister on that date");
    expect(check("We spoke to former Foreign Minister Ana Lima.")).toEqual([]);
    expect(check("Rui Costa, the foreign minister, met Ana Lima.")).toEqual([]);
  });
});
