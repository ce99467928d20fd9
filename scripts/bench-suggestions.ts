// npm run bench:suggestions — issue 6's budgets: suggestions for a 10,000-word article (< 1 s)
// and the register check of that article against 10,000 people with 30,000 titles (< 200 ms). Starts a throw-away
// database (no app server), prints medians over 10 runs after 2 warm-ups, and the query plan of
// the name lookup to show the trigram index at work.
import { randomBytes } from "node:crypto";
import { termDays } from "@/lib/register/dates";
import { jurisdictionKey } from "@/lib/register/jurisdictions";
import { nameTokens, normalizeName, normalizeTitle } from "@/lib/register/normalize";
import { createArticle } from "@/lib/server/articles/create-article";
import { disconnectDb, getDb } from "@/lib/server/db";
import { checkArticleAgainstRegister } from "@/lib/server/register/check-article";
import { DEFAULT_SEED_PASSWORD, seedDemo } from "@/lib/server/seed/seed-demo";
import { listSuggestions } from "@/lib/server/suggestions/suggestions";
import { extractSuggestions } from "@/lib/suggestions/extract";
import { freePort, removeDataDir, startEmbeddedPostgres, throwawayDataDir } from "@/lib/dev/embedded-postgres";
import { applyMigrations, generatePrismaClient } from "./lib/prepare-app";
import { median } from "./lib/stats";

const RUNS = 10;
const WARM_UPS = 2;
const PEOPLE = 10_000;

// Syllables make 10,000 different, name-like people (a real register is as varied).
const ONSETS = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "kr", "st", "tr"];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou"];
const syllable = (seed: number) => `${ONSETS[seed % ONSETS.length]}${VOWELS[Math.floor(seed / ONSETS.length) % VOWELS.length]}`;
const word = (seed: number, length: number) => {
  const text = Array.from({ length }, (_, index) => syllable(Math.floor(seed / 144 ** index) + index * 7)).join("");
  return text[0]!.toUpperCase() + text.slice(1);
};
const COUNTRIES = ["Norway", "Japan", "South Korea", "Portugal", "Denmark", "Brazil", "Kenya", "Canada", "Chile", "Spain", "Poland", "Ireland"];
const TITLES = ["Foreign Minister", "Finance Minister", "Health Minister", "Mayor", "Governor", "Senator", "Ambassador", "Chief Executive"];

const ms = (value: number) => `${value.toFixed(0)} ms`;

/** A made-up but plausible person: every name in the register is different. */
function person(index: number): string {
  return `${word(index * 31 + 5, 2)} ${word(index * 7919 + 13, 3)}`;
}

async function seedRegister(verifiedById: string) {
  const db = getDb();
  for (let from = 0; from < PEOPLE; from += 1_000) {
    const ids = Array.from({ length: 1_000 }, (_, offset) => `bench${from + offset}`);
    await db.registerEntry.createMany({ data: ids.map((id, offset) => ({ id, name: person(from + offset), variants: [], verifiedById })) });
    await db.registerName.createMany({
      data: ids.map((entryId, offset) => {
        const normalized = normalizeName(person(from + offset));
        return { entryId, name: person(from + offset), normalized, ...nameTokens(normalized) };
      }),
    });
    // Three titles each (30,000 in all): the current one, in one of the countries, and two past ones.
    await db.registerTitle.createMany({
      data: ids.flatMap((entryId, offset) => {
        const index = from + offset;
        const jurisdiction = COUNTRIES[index % COUNTRIES.length]!;
        return [0, 1, 2].map((position) => {
          const title = TITLES[(index + position * 3) % TITLES.length]!;
          const [start, end] = position === 0 ? ["2021-01", index % 3 === 0 ? "2024-06" : null] : [`${2000 + position * 6}`, `${2005 + position * 6}`];
          return {
            entryId,
            position,
            title,
            normalized: normalizeTitle(title),
            from: start,
            to: end,
            jurisdiction,
            jurisdictionKey: jurisdictionKey(jurisdiction),
            ...termDays({ from: start, to: end }),
          };
        });
      }),
    });
  }
}

/** About 10,000 words of news prose naming people from the register, some misspelt. */
function article(): string {
  const paragraphs: string[] = [];
  let words = 0;
  for (let index = 0; words < 10_000; index++) {
    const someone = person((index * 37) % PEOPLE);
    const misspelt = index % 5 === 0 ? someone.replace(/a/, "e") : someone;
    const paragraph = [
      `${TITLES[index % TITLES.length]} ${misspelt} said on ${1 + (index % 28)} March 2026 that ${1_000 + index * 7} households received €${(index * 3.7).toFixed(1)} million in support.`,
      `“We have kept our promise to ${200 + index} families,” ${misspelt.split(" ")[1]} told reporters in Lisbon after the council approved the plan.`,
      `The European Investment Bank lent the city €${index + 2} million in ${2015 + (index % 10)}, according to the Port Alder City Council.`,
    ].join(" ");
    words += paragraph.split(/\s+/).length;
    paragraphs.push(paragraph);
  }
  return paragraphs.join("\n\n");
}

async function time(work: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < RUNS + WARM_UPS; run++) {
    const started = performance.now();
    await work();
    if (run >= WARM_UPS) times.push(performance.now() - started);
  }
  return times;
}

async function main() {
  const dataDir = throwawayDataDir();
  const database = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  process.env.DATABASE_URL = database.url;
  const env = { ...process.env, DATABASE_URL: database.url, AUTH_SECRET: randomBytes(32).toString("base64url") };
  try {
    await generatePrismaClient(env);
    await applyMigrations(env);
    await seedDemo({ password: DEFAULT_SEED_PASSWORD });
    const actor = await getDb().user.findUniqueOrThrow({ where: { email: "checker@example.com" }, select: { id: true, email: true, name: true, role: true } });
    await seedRegister(actor.id);
    // As autovacuum does after a load this size: statistics for the planner, and the visibility
    // map that lets index-only scans skip the table.
    await getDb().$executeRawUnsafe(`VACUUM ANALYZE "RegisterName", "RegisterTitle", "RegisterEntry", "RegisterSource"`);
    const text = article();
    const created = await createArticle({ actor: { ...actor, role: "editor" }, input: { title: "Suggestion benchmark", format: "text", content: text } });
    const raw = extractSuggestions(text);
    console.log(`\nArticle: ${text.split(/\s+/).length.toLocaleString("en")} words; register: ${PEOPLE.toLocaleString("en")} people. ${RUNS} runs after ${WARM_UPS} warm-ups:`);
    const extraction = await time(() => Promise.resolve(extractSuggestions(text)));
    console.log(`  suggestion rules and NLP (in process)        median ${ms(median(extraction))}, max ${ms(Math.max(...extraction))}  (${raw.length} found)`);
    const day = { from: "2026-11-27", to: "2026-11-27", label: "on 2026-11-27" };
    const check = await time(() => checkArticleAgainstRegister(getDb(), text, raw, day));
    const flags = await checkArticleAgainstRegister(getDb(), text, raw, day);
    console.log(
      `  register check, ${PEOPLE.toLocaleString("en")} people, ${(PEOPLE * 3).toLocaleString("en")} titles  median ${ms(median(check))}, max ${ms(Math.max(...check))}  (${flags.length} flags)`,
    );
    const all = await time(() => listSuggestions({ actor, articleId: created.id }));
    console.log(`  GET suggestions work (rules + register + DB)   median ${ms(median(all))}, max ${ms(Math.max(...all))}`);
    const plan = await getDb().$queryRawUnsafe<Array<{ "QUERY PLAN": string }>>(
      `EXPLAIN SELECT "entryId" FROM "RegisterName" WHERE "normalized" = ANY($1) OR "firstToken" = ANY($2) OR "lastToken" = ANY($3)`,
      [normalizeName(person(123))],
      [nameTokens(normalizeName(person(123))).firstToken],
      [nameTokens(normalizeName(person(123))).lastToken],
    );
    console.log(`\nName lookup plan:\n  ${plan.map((row) => row["QUERY PLAN"]).join("\n  ")}`);
  } finally {
    await disconnectDb();
    await database.stop();
    removeDataDir(dataDir);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
