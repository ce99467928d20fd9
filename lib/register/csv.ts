import { csvCell, parseCsv } from "../csv/csv";
import type { RegisterEntryDto } from "../dto";

// The register as CSV, for spreadsheets and for moving a desk's register between installations.
// Lists sit one item per line inside their cell: variants; titles as "title | from | to" or
// "title | from | to | jurisdiction";
// sources as "url | title".

export const REGISTER_CSV_COLUMNS = ["name", "kind", "variants", "titles", "sources", "notes", "verified_by", "updated_at"] as const;

export function registerToCsv(entries: RegisterEntryDto[]): string {
  const rows = entries.map((entry) => [
    entry.name,
    entry.kind,
    entry.variants.join("\n"),
    entry.titles.map((title) => [title.title, title.from ?? "", title.to ?? "", ...(title.jurisdiction ? [title.jurisdiction] : [])].join(" | ")).join("\n"),
    entry.sources.map((source) => [source.url, source.title].join(" | ")).join("\n"),
    entry.notes,
    entry.verifiedBy.name,
    entry.updatedAt,
  ]);
  return `${[[...REGISTER_CSV_COLUMNS], ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

export type ParsedRegisterRow = {
  line: number;
  entry: {
    name: string;
    kind: string;
    variants: string[];
    titles: Array<{ title: string; from: string | null; to: string | null; jurisdiction: string }>;
    sources: Array<{ url: string; title: string }>;
    notes: string;
  };
};

/** Reads the CSV written above (or one made by hand with at least a `name` column). */
export function parseRegisterCsv(csv: string): ParsedRegisterRow[] {
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ""));
  if (!header) throw new Error("The file is empty.");
  const columns = header.map((name) => name.trim().toLowerCase());
  if (!columns.includes("name")) throw new Error('The first row must name the columns, including "name".');
  const cell = (row: string[], column: string) => (columns.includes(column) ? (row[columns.indexOf(column)] ?? "").trim() : "");
  const lines = (value: string) =>
    value
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
  // A spreadsheet's formula guard ('=...) is undone on the way back in.
  const unguard = (value: string) => (/^'[=+\-@]/.test(value) ? value.slice(1) : value);
  return rows
    .map((row, index) => ({ row, line: index + 2 }))
    .filter(({ row }) => row.some((value) => value.trim()))
    .map(({ row, line }) => ({
      line,
      entry: {
        name: unguard(cell(row, "name")),
        kind: cell(row, "kind") || "person",
        variants: lines(cell(row, "variants")).map(unguard),
        titles: lines(cell(row, "titles")).map((item) => {
          const [title = "", from = "", to = "", jurisdiction = ""] = item.split("|").map((part) => part.trim());
          return { title: unguard(title), from: from || null, to: to || null, jurisdiction: unguard(jurisdiction) };
        }),
        sources: lines(cell(row, "sources")).map((item) => {
          const [url = "", ...title] = item.split("|").map((part) => part.trim());
          return { url, title: unguard(title.join(" | ")) };
        }),
        notes: unguard(cell(row, "notes")),
      },
    }));
}
