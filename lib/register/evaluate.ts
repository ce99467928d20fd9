import { extractSuggestions } from "../suggestions/extract";
import { checkRegister } from "./check";
import { EVAL_DAY, EVAL_REGISTER } from "./fixtures/eval-register";
import type { LabelledMention } from "./fixtures/labelled-mentions";
import { REGISTER_FLAG_RULES, type RegisterFlagRule } from "./flags";
import { memoryRegister } from "./memory-register";

// Precision and recall of the register's rules on labelled mentions. A flag counts as right only
// on the labelled person and with the labelled rule; a flag anywhere else in the sentence is a
// false positive of its rule.

export type RuleScore = { rule: RegisterFlagRule | "overall"; expected: number; flagged: number; correct: number; precision: number; recall: number };
export type Evaluation = { scores: RuleScore[]; mistakes: string[] };

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

export async function evaluateRegister(mentions: readonly LabelledMention[]): Promise<Evaluation> {
  const lookup = memoryRegister(EVAL_REGISTER);
  const counts = new Map<RegisterFlagRule, { expected: number; flagged: number; correct: number }>(
    REGISTER_FLAG_RULES.map((rule) => [rule, { expected: 0, flagged: 0, correct: 0 }]),
  );
  const mistakes: string[] = [];
  for (const mention of mentions) {
    const at = mention.text.indexOf(mention.name);
    if (at < 0) throw new Error(`“${mention.name}” is not in “${mention.text}”.`);
    const { flags } = await checkRegister(mention.text, extractSuggestions(mention.text), EVAL_DAY, lookup);
    const onName = flags.filter((flag) => flag.start < at + mention.name.length && at < flag.end);
    const elsewhere = flags.filter((flag) => !onName.includes(flag));
    if (mention.flag) counts.get(mention.flag)!.expected++;
    for (const flag of flags) counts.get(flag.rule)!.flagged++;
    const hit = mention.flag ? onName.find((flag) => flag.rule === mention.flag) : undefined;
    if (hit) counts.get(hit.rule)!.correct++;
    if ((mention.flag && !hit) || onName.some((flag) => flag !== hit) || elsewhere.length > 0) {
      const got = flags.map((flag) => `${flag.rule} on “${mention.text.slice(flag.start, flag.end)}”`).join(", ") || "nothing";
      mistakes.push(`${mention.text}\n    expected ${mention.flag ?? "nothing"} on ${mention.name}; got ${got}`);
    }
  }
  const scores: RuleScore[] = [...counts].map(([rule, count]) => ({
    rule,
    ...count,
    precision: ratio(count.correct, count.flagged),
    recall: ratio(count.correct, count.expected),
  }));
  const total = scores.reduce((sum, score) => ({ expected: sum.expected + score.expected, flagged: sum.flagged + score.flagged, correct: sum.correct + score.correct }), {
    expected: 0,
    flagged: 0,
    correct: 0,
  });
  scores.push({ rule: "overall", ...total, precision: ratio(total.correct, total.flagged), recall: ratio(total.correct, total.expected) });
  return { scores, mistakes };
}
