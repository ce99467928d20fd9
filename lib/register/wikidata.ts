import { parseCsv } from "../csv/csv";
import type { ParsedRegisterRow } from "./csv";

// The CSV the Wikidata Query Service downloads for a "position held" query (README: "Loading
// the register from Wikidata"): one row per person and position, with the person's item and
// label, the position's item and label, the start and end time, and optionally the country.
// Rows of one person become one register entry whose source is the person's Wikidata page.

const COLUMNS = {
  person: ["person", "item", "human"],
  personLabel: ["personlabel", "itemlabel", "humanlabel", "name"],
  positionLabel: ["positionlabel", "position_label", "officelabel"],
  start: ["start", "starttime", "start_time", "from"],
  end: ["end", "endtime", "end_time", "to"],
  country: ["countrylabel", "jurisdictionlabel", "oflabel", "country"],
} as const;

const WIKIDATA_ITEM = /^https?:\/\/(?:www\.)?wikidata\.org\/(?:entity|wiki)\/(Q\d+)$/;
/** Query Service times: "2024-03-01T00:00:00Z"; a bare date or year is read too. */
const TIME = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T[\d:.]+Z?)?$/;

/** Whether the header row is a Wikidata "position held" export rather than a register CSV. */
export function isWikidataCsv(csv: string): boolean {
  const header = csv
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/, 1)[0]!
    .toLowerCase()
    .split(",")
    .map((name) => name.trim().replace(/^\?/, ""));
  return COLUMNS.personLabel.some((name) => header.includes(name)) && COLUMNS.positionLabel.some((name) => header.includes(name));
}

/** A Query Service time as a register date (YYYY-MM-DD), or null when the cell is empty. */
export function wikidataDate(value: string): string | null | undefined {
  if (!value) return null;
  const match = TIME.exec(value.trim());
  if (!match) return undefined;
  return [match[1], match[2], match[3]].filter(Boolean).join("-");
}

/** The rows of a Wikidata export as register entries, one per person (in first-seen order). */
export function parseWikidataCsv(csv: string): ParsedRegisterRow[] {
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ""));
  if (!header) throw new Error("The file is empty.");
  const names = header.map((name) => name.trim().toLowerCase().replace(/^\?/, ""));
  const column = (options: readonly string[]) => names.findIndex((name) => options.includes(name));
  const at = Object.fromEntries(Object.entries(COLUMNS).map(([key, options]) => [key, column(options)])) as Record<keyof typeof COLUMNS, number>;
  const problems: string[] = [];
  const people = new Map<string, ParsedRegisterRow>();
  rows.forEach((row, index) => {
    const line = index + 2;
    const cell = (position: number) => (position >= 0 ? (row[position] ?? "").trim() : "");
    if (row.every((value) => !value.trim())) return;
    const name = cell(at.personLabel);
    const title = cell(at.positionLabel);
    if (!name || !title) return void problems.push(`line ${line}: a person and a position label are needed`);
    const [from, to] = [wikidataDate(cell(at.start)), wikidataDate(cell(at.end))];
    if (from === undefined || to === undefined) return void problems.push(`line ${line}: start and end times must be dates (2024-03-01T00:00:00Z)`);
    const item = WIKIDATA_ITEM.exec(cell(at.person))?.[1];
    const key = item ?? name.toLowerCase();
    let person = people.get(key);
    if (!person) {
      person = {
        line,
        entry: {
          name,
          kind: "person",
          variants: [],
          titles: [],
          sources: item ? [{ url: `https://www.wikidata.org/wiki/${item}`, title: `Wikidata ${item}` }] : [],
          notes: "",
        },
      };
      people.set(key, person);
    }
    const jurisdiction = cell(at.country);
    if (!person.entry.titles.some((known) => known.title === title && known.from === from && known.to === to && known.jurisdiction === jurisdiction)) {
      person.entry.titles.push({ title, from, to, jurisdiction });
    }
  });
  if (problems.length > 0) throw new Error(`Nothing was imported. Fix ${problems.slice(0, 10).join("; ")}${problems.length > 10 ? "; …" : ""}.`);
  return [...people.values()];
}
