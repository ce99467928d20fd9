import { MONTHS } from "../suggestions/lexicon";

// The time a sentence speaks of, when it says so: "In 2021, Foreign Minister X …", "on 3 May
// 2021", "X, who was Foreign Minister from 2019 to 2023, …". Titles are checked for that time
// rather than for the article's day. Only explicit years count; a sentence naming several
// different times speaks for none of them (the article's day is used).

/** A stretch of days, inclusive, as YYYY-MM-DD. */
export type Period = { from: string; to: string };
export type SentenceTime = Period & { label: string };

const MONTH = `(?:${MONTHS.join("|")})`;
const YEAR = String.raw`(1[89]\d\d|20\d\d)`;
const RANGE = new RegExp(
  String.raw`\b(?:from|between)\s+(?:${MONTH}\s+)?${YEAR}\s+(?:to|and|until|till|through)\s+(?:${MONTH}\s+)?${YEAR}\b|\b${YEAR}\s*[–-]\s*(?:${YEAR}|(\d\d))\b`,
  "giu",
);
/** "in 2021", "in March 2021", "on 3 May 2021", "on May 3, 2021", "during 2021", "the spring of 2021" (not "a law of 2019") */
const POINT = new RegExp(
  String.raw`\b(?:in|during|on|(?:spring|summer|autumn|fall|winter|end|start|beginning|middle)\s+of)\s+(?:(?:early|late|mid)[\s-]+)?(?:(\d{1,2})\s+)?(?:(${MONTH})\s+)?(?:(\d{1,2}),?\s+)?${YEAR}\b(?![–-]\d)`,
  "giu",
);

const pad = (value: number) => String(value).padStart(2, "0");

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The time the sentence gives, or null. `day` is the article's day: a later year is the future
 * the sentence talks about ("will open in 2030"), not when it speaks, and is ignored.
 */
export function sentenceTime(sentence: string, day: string): SentenceTime | null {
  const latestYear = Number(day.slice(0, 4));
  for (const match of sentence.matchAll(RANGE)) {
    const first = Number(match[1] ?? match[3]);
    let last = Number(match[2] ?? match[4] ?? NaN);
    if (Number.isNaN(last) && match[5]) last = Math.floor(first / 100) * 100 + Number(match[5]);
    if (!(first <= last) || first > latestYear) continue;
    return { from: `${first}-01-01`, to: `${Math.min(last, latestYear)}-12-31`, label: `from ${first} to ${last}` };
  }
  const points = new Map<string, SentenceTime>();
  for (const match of sentence.matchAll(POINT)) {
    const year = Number(match[4]);
    if (year > latestYear) continue;
    const monthIndex = match[2] ? MONTHS.indexOf(match[2].toLowerCase()) + 1 : 0;
    const dayOfMonth = Number(match[1] ?? match[3] ?? 0);
    let time: SentenceTime;
    if (monthIndex && dayOfMonth >= 1 && dayOfMonth <= lastDay(year, monthIndex)) {
      const date = `${year}-${pad(monthIndex)}-${pad(dayOfMonth)}`;
      time = { from: date, to: date, label: `on ${date}` };
    } else if (monthIndex) {
      time = { from: `${year}-${pad(monthIndex)}-01`, to: `${year}-${pad(monthIndex)}-${pad(lastDay(year, monthIndex))}`, label: `in ${year}-${pad(monthIndex)}` };
    } else {
      time = { from: `${year}-01-01`, to: `${year}-12-31`, label: `in ${year}` };
    }
    points.set(time.label, time);
  }
  if (points.size !== 1) return null;
  const [time] = points.values();
  // The article's own year is its day: "in 2026" in a 2026 article says nothing new.
  return time!.from.slice(0, 4) === day.slice(0, 4) && time!.to.slice(0, 4) === day.slice(0, 4) && time!.label === `in ${latestYear}` ? null : time!;
}
