// npm run eval:register — precision and recall of the register's rules (issue 11) on labelled
// news sentences, by rule, for the tuning set and, separately, the held-out set.
import { evaluateRegister } from "@/lib/register/evaluate";
import { HELD_OUT_MENTIONS } from "@/lib/register/fixtures/held-out-mentions";
import { LABELLED_MENTIONS } from "@/lib/register/fixtures/labelled-mentions";

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

async function main() {
  for (const [label, mentions] of [
    ["Labelled set (the rules were tuned on it)", LABELLED_MENTIONS],
    ["Held-out set (never tuned on)", HELD_OUT_MENTIONS],
    ["Both", [...LABELLED_MENTIONS, ...HELD_OUT_MENTIONS]],
  ] as const) {
    const { scores, mistakes } = await evaluateRegister(mentions);
    const flagged = mentions.filter((mention) => mention.flag).length;
    console.log(`\n${label}: ${mentions.length} mentions, ${flagged} to flag, ${mentions.length - flagged} not to flag\n`);
    console.log("rule                 expected  flagged  correct  precision  recall");
    for (const score of scores) {
      console.log(
        `${score.rule.padEnd(20)} ${String(score.expected).padStart(8)} ${String(score.flagged).padStart(8)} ${String(score.correct).padStart(8)}  ${percent(score.precision).padStart(9)}  ${percent(score.recall).padStart(6)}`,
      );
    }
    if (process.argv.includes("--details") && mistakes.length) console.log(`\nMistakes (${mistakes.length}):\n  ${mistakes.join("\n  ")}`);
  }
}

void main();
