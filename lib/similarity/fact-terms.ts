// What a claim states, reduced to terms that compare across the ways newsrooms write the same
// fact: "$4.5bn", "4.5 billion dollars" and "US$4,500 million" are one amount; "Secretaries",
// "secretary"; "Marco Rubio, the U.S. Secretary of State" and "Secretary of State Marco Rubio"
// the same words in another order. Pure and deterministic: the server stores a claim's terms
// (Claim.factKey) and the evaluation (npm run eval:similar) scores the same function.
import { isKnownJurisdiction, jurisdictionKey, MAX_JURISDICTION_WORDS } from "@/lib/register/jurisdictions";

/** A term is a word stem, an amount ("#4500000000"), a percentage ("#45%"), a currency ("¤usd") or a place ("=germany"). */
export type FactTerm = string;

const STOPWORDS = new Set(
  (
    "a an the of in on at to for by with from as and or but is are was were be been being has have had it its this that these those " +
    "he she his her they their them who whom which what when where than then there also said says say according about into over after before " +
    "some any all more most very just only so such per via"
  ).split(" "),
);

/** Forms a suffix cannot reach, and the words news copy uses for one thing ("killed", "died"). */
const IRREGULAR: Record<string, string> = {
  grew: "grow",
  grown: "grow",
  growth: "grow",
  rose: "rise",
  risen: "rise",
  fell: "fall",
  fallen: "fall",
  sold: "sell",
  sale: "sell",
  sales: "sell",
  born: "birth",
  died: "death",
  dead: "death",
  dies: "death",
  die: "death",
  deaths: "death",
  killed: "death",
  fatalities: "death",
  led: "lead",
  leader: "lead",
  leaders: "lead",
  leading: "lead",
  chief: "head",
  director: "head",
  inhabitants: "population",
  residents: "population",
  won: "win",
  lost: "lose",
  paid: "pay",
  spent: "spend",
  built: "build",
  began: "begin",
  begun: "begin",
};

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};

const SCALES: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  billions: 1e9,
  tn: 1e12,
  trillion: 1e12,
  trillions: 1e12,
};

const CURRENCY_SIGNS: Record<string, string> = { $: "usd", "€": "eur", "£": "gbp", "¥": "jpy" };
const CURRENCY_WORDS: Record<string, string> = {
  dollar: "usd",
  dollars: "usd",
  usd: "usd",
  euro: "eur",
  euros: "eur",
  eur: "eur",
  pound: "gbp",
  pounds: "gbp",
  sterling: "gbp",
  gbp: "gbp",
  yen: "jpy",
  jpy: "jpy",
};
const PERCENT_WORDS = new Set(["percent", "pct"]);

/** Lower case, no diacritics, curly quotes and dashes made plain. */
export function foldText(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[‘’ʼ]/g, "'").replace(/[–—]/g, "-").toLowerCase();
}

/** A light English stemmer: plurals, -ing, -ed and possessives, so "checked" and "checking" meet "check". */
export function stem(word: string): string {
  let w = word.replace(/'s$/, "").replace(/'$/, "");
  if (w.length <= 3) return w;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (/(?:ches|shes|xes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(?:ss|us|is|os)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith("ed") && w.length > 4) w = w.slice(0, -2);
  // "completion"/"completed", "closure"/"closing", "leader"/"lead".
  else if (/(?:tion|sion)$/.test(w) && w.length > 6) w = w.slice(0, -3);
  else if (w.endsWith("ure") && w.length > 6) w = w.slice(0, -3);
  else if (w.endsWith("er") && w.length > 5) w = w.slice(0, -2);
  // "secretary"/"secretari", "rising"/"ris", "stopped"/"stopp": one form for each.
  w = w.replace(/y$/, "i").replace(/e$/, "");
  if (/([bdfgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Canonical digits for an amount: 4.5e9 → "4500000000", 0.25 → "0.25". */
function amount(value: number): string {
  return Number.isInteger(value) ? value.toFixed(0) : String(Number(value.toPrecision(12)));
}

/** `proper`: written with a capital (a name, a month), which weighs more when claims are compared. */
type Token = { text: string; kind: "word" | "number" | "sign"; proper?: boolean };

/** Words, numbers (with their thousands separators and decimals) and currency/percent signs. */
function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  for (const match of folded.matchAll(/(\d[\d,]*(?:\.\d+)?)|([$€£¥%])|([\p{L}][\p{L}\p{N}'.]*)/gu)) {
    if (match[1]) tokens.push({ text: match[1].replace(/,(?=\d{3}\b)/g, "").replace(/,/g, ""), kind: "number" });
    else if (match[2]) tokens.push({ text: match[2], kind: "sign" });
    else if (match[3]) {
      // "U.S." → "us"; "bn." or "Mr." lose the full stop; "4.5bn" is split by the number pattern already.
      const word = match[3].replace(/\.$/, "");
      const parts = /^(?:\p{L}\.)+\p{L}?$/u.test(word) ? [word.replaceAll(".", "")] : word.split(".").filter(Boolean);
      for (const part of parts) tokens.push({ text: part.toLowerCase(), kind: "word", proper: /^\p{Lu}/u.test(part) });
    }
  }
  return tokens;
}

/**
 * A country or body the register's table knows, however it is written ("the U.S.", "American",
 * "Germany's", "European Union"), as one term ("=united_states"), starting at `index`.
 */
function jurisdictionAt(tokens: readonly Token[], index: number): { term: FactTerm; length: number } | null {
  for (let length = Math.min(MAX_JURISDICTION_WORDS, tokens.length - index); length >= 1; length--) {
    const words = tokens.slice(index, index + length);
    if (words.some((word) => word.kind !== "word")) continue;
    const phrase = words.map((word) => word.text).join(" ");
    if (isKnownJurisdiction(phrase)) return { term: `=${jurisdictionKey(phrase).replaceAll(" ", "_")}`, length };
  }
  return null;
}

/** The claim's terms, in the order they occur (repeats removed). */
export function factTerms(text: string): FactTerm[] {
  return analyzeFact(text).terms;
}

/** The claim's terms, and which of them were written as names (with a capital). */
export function analyzeFact(text: string): { terms: FactTerm[]; proper: Set<FactTerm> } {
  const plain = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[^\p{L}\p{N}$€£¥%.,' -]+/gu, " ");
  const tokens = tokenize(plain);
  const terms: FactTerm[] = [];
  const proper = new Set<FactTerm>();
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const next = tokens[index + 1];
    if (token.kind === "sign" && CURRENCY_SIGNS[token.text]) {
      terms.push(`¤${CURRENCY_SIGNS[token.text]}`);
      continue;
    }
    if (token.kind === "sign") continue;
    // An amount: digits or a number word, then a scale ("bn", "million"), then a unit ("%", "percent", "dollars").
    let value = token.kind === "number" ? Number(token.text) : NUMBER_WORDS[token.text];
    if (value === undefined || Number.isNaN(value)) {
      // "4.5bn" arrives as "4.5" then "bn"; a word glued to digits ("us$4.5bn") as "us" then "$".
      if (token.text === "us" && next?.text === "$") continue;
      const place = jurisdictionAt(tokens, index);
      if (place) {
        terms.push(place.term);
        index += place.length - 1;
      } else if (MONTHS.includes(token.text) && (token.proper || next?.kind === "number")) {
        // A month is part of a date: another month is another date ("May" the verb is not one).
        terms.push(`#m${MONTHS.indexOf(token.text) + 1}`);
      } else if (ORDINALS[token.text]) {
        terms.push(`#${ORDINALS[token.text]}`);
      } else if (!STOPWORDS.has(token.text)) {
        const term = stem(IRREGULAR[token.text] ?? token.text);
        terms.push(term);
        if (token.proper) proper.add(term);
      }
      continue;
    }
    let consumed = 0;
    // "3rd", "21st": the number.
    if (/^(?:st|nd|rd|th)$/.test(tokens[index + 1]?.text ?? "")) consumed++;
    // "4.5bn" and "4.5 billion"; "hundred" after a number word ("two hundred", "two hundred million").
    const wordAt = (offset: number) => {
      const candidate = tokens[index + 1 + offset];
      return candidate?.kind === "word" ? candidate.text : "";
    };
    if (token.kind === "word" && wordAt(consumed) === "hundred") {
      value *= 100;
      consumed++;
    }
    const scale = SCALES[wordAt(consumed)];
    if (scale) {
      value *= scale;
      consumed++;
    }
    const unit = tokens[index + 1 + consumed];
    if (unit?.text === "%" || (unit?.kind === "word" && PERCENT_WORDS.has(unit.text))) {
      terms.push(`#${amount(value)}%`);
      consumed++;
    } else if (unit?.kind === "word" && unit.text === "per" && tokens[index + 2 + consumed]?.text === "cent") {
      terms.push(`#${amount(value)}%`);
      consumed += 2;
    } else {
      terms.push(`#${amount(value)}`);
      if (unit?.kind === "word" && CURRENCY_WORDS[unit.text]) {
        terms.push(`¤${CURRENCY_WORDS[unit.text]}`);
        consumed++;
      }
    }
    index += consumed;
  }
  return { terms: [...new Set(terms)], proper };
}

/** The terms as stored and indexed (Claim.factKey): space-separated, in order. */
export function factKey(text: string): string {
  return factTerms(text).join(" ");
}
