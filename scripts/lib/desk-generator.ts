// A generated desk for the benchmarks that need a large one (npm run bench:articles,
// npm run bench:search): articles of made-up words, claims on spans of their text, sources,
// comments and register entries, the same on every run (a seeded generator).
import { createHash } from "node:crypto";
import { ARTICLE_STATES } from "@/lib/workflow/article-workflow";
import { CLAIM_STATUSES } from "@/lib/claims/vocabulary";
import { getDb } from "@/lib/server/db";
import { nameTokens, normalizeName } from "@/lib/register/normalize";
import { factKey } from "@/lib/similarity/fact-terms";

// A seeded generator (mulberry32): the same desk on every run.
let seed = 42;
export const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let value = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
  return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** 20,000 made-up words; `VOCABULARY[n]` is the n-th most frequent in generated text. */
export const VOCABULARY = Array.from(
  { length: 20_000 },
  (_, index) =>
    `w${createHash("md5")
      .update(String(index))
      .digest("hex")
      .slice(0, 6)
      .replace(/\d/g, (digit) => "ghijklmnop"[Number(digit)]!)}`,
);
/** A word drawn with a Zipf-like skew: a few words are everywhere, most are rare. */
export const word = () => VOCABULARY[Math.floor(VOCABULARY.length ** random()) - 1]!;
const words = (count: number) => Array.from({ length: count }, word).join(" ");

const FIRST_NAMES = ["Marco", "Ana", "Olaf", "Keir", "Giorgia", "Pedro", "Ursula", "Jens", "Kaja", "Volodymyr", "Mette", "Petr", "Alexander", "Leo", "Micheál"];

export type DeskShape = {
  articles: number;
  /** Words per article. */
  words: number;
  claimsPerArticle: number;
  /** Sources per claim, on average (a share of claims get one). */
  sourcesPerClaim?: number;
  /** Comments per claim, on average. */
  commentsPerClaim?: number;
  registerEntries?: number;
};

/** Fills the (seeded) database with a desk of the given shape, then vacuums it as autovacuum soon would. */
export async function generateDesk(shape: DeskShape): Promise<void> {
  const db = getDb();
  const users = await db.user.findMany({ select: { id: true, email: true } });
  const checker = users.find((user) => user.email === "checker@example.com")!;
  const started = performance.now();
  let claimCount = 0;
  let sourceCount = 0;
  let commentCount = 0;
  const batchSize = Math.max(1, Math.min(500, Math.floor(20_000 / Math.max(1, shape.claimsPerArticle))));
  for (let batch = 0; batch < shape.articles; batch += batchSize) {
    const rows = Array.from({ length: Math.min(batchSize, shape.articles - batch) }, (_, offset) => {
      const index = batch + offset;
      const text = words(shape.words);
      const author = users[index % users.length]!;
      return {
        title: `Story ${index}: ${word()} ${word()} ${word()}`,
        body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] },
        text,
        state: ARTICLE_STATES[index % ARTICLE_STATES.length]!,
        leadCheckerId: index % 3 === 0 ? checker.id : null,
        createdById: author.id,
        updatedById: author.id,
        createdAt: new Date(Date.UTC(2025, 0, 1) + index * 3_600_000),
        updatedAt: new Date(Date.UTC(2025, 0, 1) + ((index * 7919) % shape.articles) * 3_600_000),
      };
    });
    const articles = await db.article.createManyAndReturn({ data: rows, select: { id: true, text: true } });
    const claims = articles.flatMap((article) => {
      const spans = [...article.text.matchAll(/\S+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
      return Array.from({ length: shape.claimsPerArticle }, () => {
        // A claim is two to seven words of its article; a third of them carry a note.
        const first = Math.floor(random() * Math.max(1, spans.length - 7));
        const last = Math.min(spans.length - 1, first + 1 + Math.floor(random() * 6));
        const start = spans[first]!.start;
        const end = spans[last]!.end;
        return {
          articleId: article.id,
          kind: "other" as const,
          status: pick(CLAIM_STATUSES),
          start,
          end,
          quote: article.text.slice(start, end),
          factKey: factKey(article.text.slice(start, end)),
          prefix: article.text.slice(Math.max(0, start - 32), start),
          suffix: article.text.slice(end, end + 32),
          note: random() < 0.3 ? `Checked against ${words(8)}.` : "",
          createdById: checker.id,
          updatedById: checker.id,
          assigneeId: random() < 0.05 ? checker.id : null,
        };
      });
    });
    const created = await db.claim.createManyAndReturn({ data: claims, select: { id: true } });
    claimCount += created.length;
    const sources = created.flatMap((claim) =>
      random() < (shape.sourcesPerClaim ?? 0)
        ? [
            {
              claimId: claim.id,
              kind: "web" as const,
              confidential: random() < 0.1,
              url: `https://${word()}.example/${word()}`,
              title: `${words(4)} report`,
              publisher: `${word()} Ministry`,
              excerpt: words(25),
              addedById: checker.id,
            },
          ]
        : [],
    );
    if (sources.length) sourceCount += (await db.source.createMany({ data: sources })).count;
    const comments = created.flatMap((claim, index) =>
      random() < (shape.commentsPerClaim ?? 0) ? [{ claimId: claim.id, articleId: claims[index]!.articleId, authorId: pick(users).id, body: `Is ${words(10)} right?` }] : [],
    );
    if (comments.length) commentCount += (await db.comment.createMany({ data: comments })).count;
  }
  const registerEntries = shape.registerEntries ?? 0;
  for (let index = 0; index < registerEntries; index++) {
    // A made-up surname per entry (the entry's number in letters keeps each name unique).
    const surname = `${VOCABULARY[index % VOCABULARY.length]!.slice(1)}${index.toString(26).replace(/\d/g, (digit) => "qrstuvwxyz"[Number(digit)]!)}`;
    const name = `${pick(FIRST_NAMES)} ${surname[0]!.toUpperCase()}${surname.slice(1)}`;
    const normalized = normalizeName(name);
    await db.registerEntry.create({
      data: {
        name,
        verifiedById: checker.id,
        names: { create: [{ name, normalized, ...nameTokens(normalized) }] },
        titles: { create: [{ position: 0, title: `Minister of ${word()}`, normalized: `minister ${word()}` }] },
      },
    });
  }
  // What autovacuum does soon after a bulk load on a real desk: statistics for the planner, the GIN indexes' pending entries merged.
  await db.$executeRawUnsafe(`VACUUM ANALYZE "Article", "Claim", "Source", "Comment", "RegisterEntry", "RegisterName", "RegisterTitle"`);
  console.log(
    `Desk generated in ${((performance.now() - started) / 1000).toFixed(0)} s: ${shape.articles.toLocaleString("en")} articles × ~${shape.words} words, ` +
      `${claimCount.toLocaleString("en")} claims, ${sourceCount.toLocaleString("en")} sources, ${commentCount.toLocaleString("en")} comments, ${registerEntries.toLocaleString("en")} register entries.`,
  );
}
