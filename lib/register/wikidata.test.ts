import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isWikidataCsv, parseWikidataCsv, wikidataDate } from "./wikidata";

const FIXTURE = readFileSync(new URL("./fixtures/wikidata-positions.csv", import.meta.url), "utf8");

describe("a Wikidata 'position held' export", () => {
  it("is told apart from the register's own CSV by its columns", () => {
    expect(isWikidataCsv(FIXTURE)).toBe(true);
    expect(isWikidataCsv("name,kind,titles\nAna Lima,person,\n")).toBe(false);
  });

  it("becomes one entry per person, each title once, dated and placed, with the Wikidata page as source", () => {
    const rows = parseWikidataCsv(FIXTURE);
    expect(rows.map((row) => row.entry.name)).toEqual(["Solveig Fjellheim", "Arne Kvalvik", "Kim Sun-ho", "Q90004"]);
    expect(rows[0]!.entry).toMatchObject({
      titles: [
        { title: "Minister of Finance", from: "2024-03-01", to: null, jurisdiction: "Norway" },
        { title: "Minister of Trade and Industry", from: "2019-10-18", to: "2024-02-29", jurisdiction: "Norway" },
      ],
      sources: [{ url: "https://www.wikidata.org/wiki/Q90001", title: "Wikidata Q90001" }],
    });
    expect(rows[2]!.entry.titles).toHaveLength(1);
    expect(rows[3]!.entry.titles).toEqual([{ title: "Mayor of Tromsø", from: "2023", to: null, jurisdiction: "Norway" }]);
  });

  it("reads Query Service times and refuses what is not a date", () => {
    expect(wikidataDate("2024-03-01T00:00:00Z")).toBe("2024-03-01");
    expect(wikidataDate("")).toBeNull();
    expect(wikidataDate("last spring")).toBeUndefined();
    expect(() => parseWikidataCsv("personLabel,positionLabel,start\nX Y,Mayor,last spring\n")).toThrow(/line 2/);
  });
});
