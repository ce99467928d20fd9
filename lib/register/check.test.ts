import { describe, expect, it } from "vitest";
import { extractSuggestions } from "../suggestions/extract";
import { checkRegister } from "./check";
import { isNearMiss } from "./flags";
import { memoryRegister, type MemoryEntry } from "./memory-register";
import { sentenceTime } from "./sentence-time";

const REGISTER: MemoryEntry[] = [
  {
    id: "lima",
    name: "Ana Lima",
    titles: [
      { title: "Foreign Minister", from: "2021-03", to: "2024-06", jurisdiction: "Portugal" },
      { title: "Prime Minister", from: "2024-07", jurisdiction: "Portugal" },
    ],
    sources: [{ url: "https://gov.example/lima", title: "Government biography" }],
  },
  { id: "costa", name: "Rui Costa", titles: [{ title: "Foreign Minister", from: "2024-07", jurisdiction: "Portugal" }] },
  { id: "alvarez", name: "José Álvarez", titles: [{ title: "Mayor of Lisbon", from: "2022" }] },
  {
    id: "zelensky",
    name: "Volodymyr Zelensky",
    variants: ["Volodymyr Zelenskyy", "Wolodymyr Selenskyj"],
    titles: [{ title: "President", from: "2019-05", jurisdiction: "Ukraine" }],
  },
  { id: "mario", name: "Mario Lopez", titles: [] },
  { id: "anna", name: "Anna Berg", titles: [] },
  { id: "anne", name: "Anne Berg", titles: [] },
  {
    id: "olsen",
    name: "Karin Olsen",
    titles: [{ title: "Finance Minister", from: "2024-03", jurisdiction: "Norway" }],
    sources: [{ url: "https://regjeringen.example/olsen", title: "Cabinet" }],
  },
  { id: "hansen", name: "Per Hansen", titles: [{ title: "Finance Minister", from: "2019-10", to: "2024-02", jurisdiction: "Norway" }] },
  { id: "berg", name: "Lars Berg", titles: [{ title: "Deputy Finance Minister", from: "2024-03", jurisdiction: "Norway" }] },
  { id: "cho", name: "Cho Tae-yul", titles: [{ title: "Foreign Minister", from: "2024-01", jurisdiction: "South Korea" }] },
  { id: "kamikawa", name: "Yoko Kamikawa", titles: [{ title: "Foreign Minister", from: "2023-09", jurisdiction: "Japan" }] },
  { id: "aagaard", name: "Lars Aagaard", titles: [{ title: "Minister for Climate, Energy and Utilities", from: "2022-12", jurisdiction: "Denmark" }] },
  { id: "sanchez", name: "Pedro Sánchez", titles: [{ title: "Prime Minister", from: "2018-06", jurisdiction: "Spain" }] },
  { id: "mayor-a", name: "Elena Vasquez", titles: [{ title: "Mayor", from: "2020" }] },
  { id: "mayor-b", name: "Tomas Herrera", titles: [{ title: "Mayor", from: "2021" }] },
];
const lookup = memoryRegister(REGISTER);
const DAY = { from: "2026-05-03", to: "2026-05-03", label: "on 2026-05-03 (the article's publication date)" };

async function check(text: string, day = DAY) {
  const { flags } = await checkRegister(text, extractSuggestions(text), day, lookup);
  return flags.map((flag) => ({ rule: flag.rule, text: text.slice(flag.start, flag.end), entry: flag.registerEntryId, message: flag.message }));
}

describe("the register's rules", () => {
  it("flags the wrong holder of a title, near miss or different name, even with two common first names", async () => {
    const [karen] = await check("Finance Minister Karen Olsen presented the budget.");
    expect(karen).toMatchObject({ rule: "wrong_holder", entry: "olsen", text: "Finance Minister Karen Olsen" });
    expect(karen!.message).toBe(
      "On 2026-05-03 (the article's publication date) the register has Karin Olsen as Finance Minister (Norway) (source: Cabinet, https://regjeringen.example/olsen); the article says Karen Olsen.",
    );
    expect(await check("Finance Minister Jonas Dahl presented the budget.")).toEqual([expect.objectContaining({ rule: "wrong_holder", entry: "olsen" })]);
    // The deputy is registered, but not as the minister.
    expect(await check("Finance Minister Lars Berg presented the budget.")).toEqual([expect.objectContaining({ rule: "wrong_holder", entry: "olsen" })]);
    expect(await check("Karen Olsen, the finance minister, said so.")).toEqual([expect.objectContaining({ rule: "wrong_holder", text: "Karen Olsen, the finance minister" })]);
    expect(await check("Finance Minister Karin Olsen presented the budget.")).toEqual([]);
    expect(await check("Deputy Finance Minister Lars Berg presented the budget.")).toEqual([]);
  });

  it("does not name a holder for offices many hold at once", async () => {
    expect(await check("Mayor Ana Silva opened the bridge.")).toEqual([]);
    expect(await check("Mayor of Lisbon Jose Alvarez spoke.")).toEqual([]);
    expect(await check("Mayor of Lisbon Carlos Moedas spoke.")).toEqual([expect.objectContaining({ rule: "wrong_holder", entry: "alvarez" })]);
  });

  it("reads jurisdictions before and after the title", async () => {
    expect(await check("South Korean Foreign Minister Cho Tae-yul met Japan's Foreign Minister Yoko Kamikawa.")).toEqual([]);
    expect(await check("Yoko Kamikawa, the foreign minister of Japan, met reporters.")).toEqual([]);
    const [wrong] = await check("South Korean Foreign Minister Yoko Kamikawa met reporters.");
    expect(wrong).toMatchObject({ rule: "wrong_jurisdiction", entry: "kamikawa" });
    expect(wrong!.message).toContain("as Foreign Minister (Japan)");
    expect(wrong!.message).toContain("not of South Korea");
    expect(await check("Japanese Foreign Minister Cho Tae-yul met reporters.")).toEqual([expect.objectContaining({ rule: "wrong_jurisdiction", entry: "cho" })]);
    // Unqualified: three foreign ministers fit, so no holder is named; a near miss of one is still caught.
    expect(await check("Foreign Minister Ana Silva met reporters.")).toEqual([]);
    expect(await check("Foreign Minister Yoko Kamikava met reporters.")).toEqual([expect.objectContaining({ rule: "wrong_holder", entry: "kamikawa" })]);
  });

  it("reads a possessive jurisdiction on either side of the name", async () => {
    const kallas = memoryRegister([{ id: "kallas", name: "Kaja Kallas", titles: [{ title: "foreign policy chief", from: "2024-12", jurisdiction: "European Union" }] }]);
    const flagsOf = async (text: string) => (await checkRegister(text, extractSuggestions(text), DAY, kallas)).flags.map((flag) => [flag.rule, text.slice(flag.start, flag.end)]);
    expect(await flagsOf("The EU's foreign-policy chief, Kaja Kallas, urged restraint.")).toEqual([]);
    expect(await flagsOf("Kaja Kallas, the EU's foreign-policy chief, urged restraint.")).toEqual([]);
    expect(await flagsOf("Kaja Kalas, the EU's foreign-policy chief, urged restraint.")).toEqual([["wrong_holder", "Kaja Kalas, the EU's foreign-policy chief"]]);
  });

  it("recognises any registered title, not only built-in ones", async () => {
    expect(await check("Minister for Climate, Energy and Utilities Lars Aagaard spoke.")).toEqual([]);
    expect(await check("Minister for Climate, Energy and Utilities Lars Aagard spoke.")).toEqual([
      expect.objectContaining({ rule: "wrong_holder", entry: "aagaard", text: "Minister for Climate, Energy and Utilities Lars Aagard" }),
    ]);
  });

  it("asks 'did you mean' for a near miss of a registered name, and accepts variants and diacritics", async () => {
    expect(await check("The talks with Volodymir Zelensky ended.")).toEqual([expect.objectContaining({ rule: "near_miss", entry: "zelensky" })]);
    expect(await check("Talks with Ana Lmia ended.")).toEqual([
      expect.objectContaining({ rule: "near_miss", entry: "lima", message: expect.stringContaining("did you mean Ana Lima?") }),
    ]);
    expect(await check("Spanish Prime Minister Pedro Sanchez spoke.")).toEqual([]);
    expect(await check("Talks with Pedro Sanches ended.")).toEqual([expect.objectContaining({ rule: "near_miss", entry: "sanchez" })]);
    expect(await check("President Volodymyr Zelenskyy spoke, and so did Wolodymyr Selenskyj.")).toEqual([]);
  });

  it("does not take common names without a title for misspellings", async () => {
    expect(await check("Maria Lopez, a nurse, said the ward was full.")).toEqual([]);
    expect(await check("Anne Berg and Anna Berg both signed.")).toEqual([]);
    expect(isNearMiss("maria lopez", "mario lopez")).toBe(false);
    expect(isNearMiss("maria lopez", "mario lopez", { titleEvidence: true })).toBe(true);
    expect(isNearMiss("ana lmia", "ana lima")).toBe(true);
  });

  it("checks titles for the time the sentence gives, and 'former' against the article's day", async () => {
    const [outdated] = await check("Finance Minister Per Hansen presented the budget.");
    expect(outdated).toMatchObject({ rule: "outdated_title", entry: "hansen" });
    expect(outdated!.message).toContain("Per Hansen was Finance Minister (Norway) from 2019-10 to 2024-02");
    expect(outdated!.message).toContain("Karin Olsen holds it then");
    expect(await check("Former Finance Minister Per Hansen presented the budget.")).toEqual([]);
    expect(await check("In 2021, Finance Minister Per Hansen presented the budget.")).toEqual([]);
    expect(await check("Per Hansen, who was finance minister from 2019 to 2024, said so.")).toEqual([]);
    expect(await check("Then-Finance Minister Per Hansen signed it.")).toEqual([]);
    const [wrongYear] = await check("In 2021, Finance Minister Karin Olsen presented the budget.");
    expect(wrongYear).toMatchObject({ rule: "wrong_holder", entry: "hansen" });
    expect(wrongYear!.message).toMatch(/^In 2021 the register has Per Hansen as Finance Minister/);
    const [former] = await check("Former Finance Minister Karin Olsen presented the budget.");
    expect(former).toMatchObject({ rule: "former_current", entry: "olsen" });
    expect(await check("Foreign Minister Ana Lima met reporters.", { from: "2023-05-01", to: "2023-05-01", label: "on 2023-05-01" })).toEqual([]);
  });

  it("flags a registered person given a title nobody in the register holds", async () => {
    const [flag] = await check("Health Minister Ana Lima met the press.");
    expect(flag).toMatchObject({ rule: "title_mismatch", entry: "lima" });
    expect(flag!.message).toContain("the register has Ana Lima as Prime Minister (Portugal)");
  });
});

describe("the time a sentence gives", () => {
  it("reads years, months, days and ranges, and ignores the future and asides", () => {
    expect(sentenceTime("In 2021, the minister spoke.", "2026-05-03")).toMatchObject({ from: "2021-01-01", to: "2021-12-31", label: "in 2021" });
    expect(sentenceTime("She spoke on 3 May 2021.", "2026-05-03")).toMatchObject({ from: "2021-05-03", to: "2021-05-03" });
    expect(sentenceTime("She spoke on May 3, 2021.", "2026-05-03")).toMatchObject({ from: "2021-05-03" });
    expect(sentenceTime("She spoke in March 2021.", "2026-05-03")).toMatchObject({ from: "2021-03-01", to: "2021-03-31" });
    expect(sentenceTime("X, who was minister from 2019 to 2023, spoke.", "2026-05-03")).toMatchObject({ from: "2019-01-01", to: "2023-12-31" });
    expect(sentenceTime("The bridge will open in 2030.", "2026-05-03")).toBeNull();
    expect(sentenceTime("The law of 2019 stands.", "2026-05-03")).toBeNull();
    expect(sentenceTime("In 2019 and in 2021 she spoke.", "2026-05-03")).toBeNull();
  });
});
