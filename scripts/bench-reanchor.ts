// npm run bench:reanchor — times lib/anchoring/reanchor.ts on a 10,000-word article with 1,000
// claims, after (a) a paragraph inserted at the top and (b) 5% of the words changed, scattered.
// Prints medians of 9 runs and how the claims were found.
import { describeRange } from "@/lib/anchoring/describe-range";
import { reanchorClaims, type StoredAnchor } from "@/lib/anchoring/reanchor";
import { median } from "./lib/stats";

const RUNS = 9;

// A deterministic pseudo-random source, so every run measures the same texts.
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;

const NAMES = ["Elena Vasquez", "David Okafor", "Priya Raman", "Tomás Lindqvist", "Margit Halvorsen", "Jane Doe", "Amir Haddad", "Lucía Ortega"];
const TITLES = ["Mayor", "Transport Minister", "Deputy Mayor", "Finance Minister", "chief executive", "Secretary of State"];
const FILLER = "the council said in a statement that the plan would be reviewed by officials before a vote later this year".split(" ");

function buildArticle(): string {
  const paragraphs: string[] = [];
  let words = 0;
  while (words < 10_000) {
    const sentences: string[] = [];
    for (let s = 0; s < 4; s++) {
      const name = NAMES[Math.floor(random() * NAMES.length)];
      const title = TITLES[Math.floor(random() * TITLES.length)];
      const number = Math.floor(random() * 90_000) + 1_000;
      const filler = Array.from({ length: 8 }, () => FILLER[Math.floor(random() * FILLER.length)]).join(" ");
      sentences.push(`${title} ${name} said ${number.toLocaleString("en")} people were affected and ${filler}.`);
    }
    const paragraph = sentences.join(" ");
    words += paragraph.split(" ").length;
    paragraphs.push(paragraph);
  }
  return paragraphs.join("\n\n");
}

function claimsFor(text: string): StoredAnchor[] {
  const tokens = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N},.'-]*[\p{L}\p{N}]/gu)];
  const step = Math.floor(tokens.length / 1000);
  return Array.from({ length: 1000 }, (_, index) => {
    const first = tokens[index * step];
    const last = tokens[Math.min(tokens.length - 1, index * step + (index % 3))]; // one to three words
    const { quote } = describeRange(text, first!.index, last!.index + last![0].length);
    return { id: String(index), start: first!.index, end: last!.index + last![0].length, quote: quote.exact, prefix: quote.prefix, suffix: quote.suffix };
  });
}

type Edit = { at: number; oldLength: number; newLength: number };

/** Changes about `share` of the words, and records each change so the right answer is known. */
function changeWords(text: string, share: number): { text: string; edits: Edit[] } {
  const edits: Edit[] = [];
  const changed = text.replace(/[\p{L}\p{N}][\p{L}\p{N},'-]*/gu, (word, at: number) => {
    if (random() >= share) return word;
    const replacement = /\d/.test(word) ? String(Number(word.replace(/,/g, "")) + 7) : `${word}s`;
    edits.push({ at, oldLength: word.length, newLength: replacement.length });
    return replacement;
  });
  return { text: changed, edits };
}

/** Where an old word boundary is in the changed text. */
function mapOffset(edits: Edit[], offset: number, side: "start" | "end"): number {
  let shift = 0;
  for (const edit of edits) {
    if (edit.at >= offset && !(side === "end" && edit.at < offset)) break;
    if (side === "end" && edit.at < offset && edit.at + edit.oldLength >= offset) return offset + shift + (edit.newLength - edit.oldLength);
    shift += edit.newLength - edit.oldLength;
  }
  return offset + shift;
}

function time(label: string, oldText: string, newText: string, anchors: StoredAnchor[], truth: (anchor: StoredAnchor) => { start: number; end: number }) {
  const times: number[] = [];
  let results = reanchorClaims({ oldText, newText, anchors });
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    results = reanchorClaims({ oldText, newText, anchors });
    times.push(performance.now() - started);
  }
  const counts = new Map<string, number>();
  for (const result of results) counts.set(`${result.state}/${result.method}`, (counts.get(`${result.state}/${result.method}`) ?? 0) + 1);
  const correct = results.filter((result, index) => {
    const expected = truth(anchors[index]!);
    return result.state !== "orphaned" && result.start === expected.start && result.end === expected.end;
  }).length;
  console.log(
    `${label.padEnd(34)} median ${median(times).toFixed(1).padStart(6)} ms; on the right text: ${correct}/${anchors.length}; ${[...counts].map(([key, count]) => `${key}: ${count}`).join(", ")}`,
  );
}

const text = buildArticle();
const anchors = claimsFor(text);
console.log(`Article: ${text.split(/\s+/).length.toLocaleString("en")} words, ${text.length.toLocaleString("en")} characters, ${anchors.length} claims; ${RUNS} runs each.`);
const opening = "A new opening paragraph was added by the editor at 10:00.\n\n";
time("paragraph inserted at the top", text, opening + text, anchors, (anchor) => ({ start: anchor.start! + opening.length, end: anchor.end! + opening.length }));
const scattered = changeWords(text, 0.05);
time("5% of words changed, scattered", text, scattered.text, anchors, (anchor) => ({
  start: mapOffset(scattered.edits, anchor.start!, "start"),
  end: mapOffset(scattered.edits, anchor.end!, "end"),
}));
