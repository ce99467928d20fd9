// The case file: one zip of the verified-claims report (HTML and JSON) and every evidence file it
// relied on, named by claim and source, with a manifest of SHA-256 sums (`sha256sum -c` reads it).
// Built as a stream: each evidence file goes through one piece at a time, stored as it is (no
// compression: PDFs, images and audio are compressed already), so a case file of many large files
// never sits in memory.
import { createHash } from "node:crypto";
import { Zip, ZipPassThrough } from "fflate";

/** One file of the case file: its path inside the zip and its bytes. */
export type CaseFileEntry = { path: string; bytes: () => AsyncIterable<Uint8Array> | Iterable<Uint8Array>; sha256?: string };

/** A path segment from free text ("Secretary of State Marco Rubio" → "Secretary of State Marco Rubio"): no separators or control characters, at most 60 characters. */
export function pathSegment(text: string, fallback: string): string {
  const clean = text
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, " ")
    .split(/\s+/)
    // "." and ".." name no file: dropped, so no segment climbs out of its folder.
    .filter((word) => word && !/^\.+$/.test(word))
    .join(" ")
    .slice(0, 60)
    .trim();
  return clean || fallback;
}

/** `claim-03 …/source-1 …/file`: where an evidence file sits in the case file. */
export function evidencePath({
  claimNumber,
  claimQuote,
  sourceNumber,
  sourceTitle,
  fileName,
}: {
  claimNumber: number;
  claimQuote: string;
  sourceNumber: number;
  sourceTitle: string;
  fileName: string;
}): string {
  const claim = `claim-${String(claimNumber).padStart(2, "0")} ${pathSegment(claimQuote, "claim")}`;
  const source = `source-${sourceNumber} ${pathSegment(sourceTitle, "source")}`;
  return `evidence/${claim}/${source}/${pathSegment(fileName, "file")}`;
}

const FIXED_TIME = new Date("2000-01-01T00:00:00Z");

/** The zip's bytes, in order, as the entries are read; the manifest comes last. */
export async function* caseFileZip(entries: AsyncIterable<CaseFileEntry> | Iterable<CaseFileEntry>, generatedAt: Date = FIXED_TIME): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else out.push(data);
  });
  const drain = function* () {
    if (failure) throw failure;
    while (out.length > 0) yield out.shift()!;
  };
  const sums: string[] = [];
  const used = new Set<string>();
  const add = async function* (entry: CaseFileEntry) {
    let path = entry.path;
    for (let copy = 2; used.has(path); copy++) path = entry.path.replace(/(\.[^./]*)?$/, (extension) => ` (${copy})${extension}`);
    used.add(path);
    const file = new ZipPassThrough(path);
    file.mtime = generatedAt;
    zip.add(file);
    const hash = createHash("sha256");
    for await (const chunk of entry.bytes()) {
      hash.update(chunk);
      file.push(chunk);
      yield* drain();
    }
    file.push(new Uint8Array(0), true);
    yield* drain();
    const sum = hash.digest("hex");
    if (entry.sha256 && entry.sha256 !== sum) throw new Error(`${path} does not match its recorded SHA-256.`);
    sums.push(`${sum}  ${path}`);
  };
  for await (const entry of entries) yield* add(entry);
  const manifest = new TextEncoder().encode(`${sums.join("\n")}\n`);
  yield* add({ path: "MANIFEST.sha256", bytes: () => [manifest] });
  zip.end();
  yield* drain();
}
