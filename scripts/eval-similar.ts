// npm run eval:similar — precision and recall of the "claims seen before" top-3 list (issue 17)
// on labelled pairs: the tuning set, and separately the held-out set. --details lists the mistakes.
import { evaluateSimilarity } from "@/lib/similarity/evaluate";
import { EVALUATION_REGISTER } from "@/lib/similarity/fixtures/register-entities";
import { HELD_OUT_PAIRS } from "@/lib/similarity/fixtures/held-out-pairs";
import { TUNING_PAIRS } from "@/lib/similarity/fixtures/labelled-pairs";

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

const details = process.argv.includes("--details");
for (const [label, pairs] of [
  ["Tuning set (the measure was tuned on it)", TUNING_PAIRS],
  ["Held-out set (never tuned on)", HELD_OUT_PAIRS],
] as const) {
  const scores = evaluateSimilarity(pairs, EVALUATION_REGISTER);
  const same = pairs.filter((pair) => pair.same).length;
  console.log(`\n${label}: ${scores.pairs} pairs (${same} same fact, ${scores.pairs - same} different), ${scores.claims} claims`);
  console.log(`  top-3 lists: ${scores.listed} claims listed, ${scores.right} of the same fact — precision ${percent(scores.precision)}`);
  console.log(`  same-fact partners: ${scores.found} of ${scores.expected} listed — recall ${percent(scores.recall)}`);
  if (details && label.startsWith("Tuning") && scores.mistakes.length) console.log(`  Mistakes (${scores.mistakes.length}):\n    ${scores.mistakes.join("\n    ")}`);
}
