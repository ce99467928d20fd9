import { describe, expect, it } from "vitest";
import type { RegisterEntryDto } from "../dto";
import { parseRegisterCsv, registerToCsv } from "./csv";

const entry: RegisterEntryDto = {
  id: "e1",
  name: "José Álvarez",
  kind: "person",
  variants: ["=Álvarez, José", "Jose Alvarez"],
  titles: [
    { title: "Mayor of Lisbon", from: "2022", to: null, jurisdiction: "" },
    { title: 'Councillor, "finance"', from: "2018-01", to: "2021-12", jurisdiction: "Lisbon" },
  ],
  sources: [{ url: "https://lisboa.example/mayor", title: "City hall | biography", excerpt: "" }],
  notes: "Spelled with accents.",
  version: 1,
  verifiedBy: { id: "u1", name: "Cara Checker" },
  createdAt: "2026-11-27T10:00:00.000Z",
  updatedAt: "2026-11-27T10:00:00.000Z",
};

describe("register CSV", () => {
  it("round-trips names, variants, titles with dates, sources and notes", () => {
    const [row] = parseRegisterCsv(registerToCsv([entry]));
    expect(row).toEqual({
      line: 2,
      entry: {
        name: "José Álvarez",
        kind: "person",
        variants: ["=Álvarez, José", "Jose Alvarez"],
        titles: [
          { title: "Mayor of Lisbon", from: "2022", to: null, jurisdiction: "" },
          { title: 'Councillor, "finance"', from: "2018-01", to: "2021-12", jurisdiction: "Lisbon" },
        ],
        sources: [{ url: "https://lisboa.example/mayor", title: "City hall | biography" }],
        notes: "Spelled with accents.",
      },
    });
  });

  it("neutralises formulas on the way out and reads a hand-made file with only names", () => {
    expect(registerToCsv([entry])).toContain("'=Álvarez");
    expect(parseRegisterCsv("Name\nAna Lima\n\nRui Costa\n").map((row) => [row.line, row.entry.name])).toEqual([
      [2, "Ana Lima"],
      [4, "Rui Costa"],
    ]);
    expect(() => parseRegisterCsv("person,title\nAna,Minister\n")).toThrow(/"name"/);
  });
});
