// npm run eval:suggestions — precision and recall of the claim suggestions on the labelled
// articles in lib/suggestions/fixtures, by kind, with what was missed and what was extra.
import { evaluate } from "@/lib/suggestions/evaluate";
import { LABELLED_ARTICLES } from "@/lib/suggestions/fixtures/labelled-articles";

const percent = (value: number) => `${(value * 100).toFixed(0)}%`;

for (const [label, articles] of [
  ["All articles", LABELLED_ARTICLES],
  ["Held-out article(s), written after the rules were tuned", LABELLED_ARTICLES.filter((article) => article.heldOut)],
] as const) {
  const { scores, misses, extras } = evaluate(articles);
  console.log(`\n${label}: ${articles.length} article(s), ${scores[0]!.labelled} labelled claims\n`);
  console.log("kind           labelled  suggested  precision  recall");
  for (const score of scores) {
    console.log(
      `${score.kind.padEnd(14)} ${String(score.labelled).padStart(8)}  ${String(score.suggested).padStart(9)}  ${percent(score.precision).padStart(9)}  ${percent(score.recall).padStart(6)}`,
    );
  }
  if (process.argv.includes("--details")) {
    console.log(`\nMissed (${misses.length}):\n  ${misses.join("\n  ")}`);
    console.log(`\nExtra (${extras.length}):\n  ${extras.join("\n  ")}`);
  }
}
