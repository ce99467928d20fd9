// What Postgres cannot store, refused at the edge with a clear message instead of failing deep
// in a query: text with a NUL character or half a UTF-16 surrogate pair, JSON nested deeper than
// any real document, and integers past a 32-bit column.

/** The largest value of a Postgres `integer` column (versions, offsets, counts). */
export const MAX_INT32 = 2_147_483_647;

/** Deeper than any editor document or annotation (a list in a list in a quote is about 10). */
export const MAX_JSON_DEPTH = 32;

/** Why Postgres would refuse this text, or null when it can be stored. */
export function textProblem(value: string): string | null {
  if (value.includes("\u0000")) return "contains a NUL character (\\u0000), which cannot be stored";
  if (!value.isWellFormed()) return "contains half of a UTF-16 surrogate pair (a broken character), which cannot be stored";
  return null;
}

/**
 * The first place in a parsed JSON value that cannot be stored: a key or string that
 * `textProblem` refuses, or nesting deeper than `maxDepth`. Stops descending at the limit, so a
 * hostile document of any depth costs at most `maxDepth` levels of work.
 */
export function jsonProblem(value: unknown, maxDepth = MAX_JSON_DEPTH, path = "$", depth = 0): string | null {
  if (typeof value === "string") {
    const problem = textProblem(value);
    return problem ? `${path} ${problem}` : null;
  }
  if (typeof value !== "object" || value === null) return null;
  if (depth >= maxDepth) return `${path} is nested more than ${maxDepth} levels deep`;
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [`${path}[${index}]`, item])
    : Object.entries(value).map(([key, item]) => [`${path}.${key}`, item]);
  if (!Array.isArray(value)) {
    for (const key of Object.keys(value)) {
      const problem = textProblem(key);
      if (problem) return `a key in ${path} ${problem}`;
    }
  }
  for (const [itemPath, item] of entries) {
    const problem = jsonProblem(item, maxDepth, itemPath, depth + 1);
    if (problem) return problem;
  }
  return null;
}

/** Text from an uploaded file, made storable: NUL characters dropped, broken characters replaced. */
export function storableText(value: string): string {
  return value.replaceAll("\u0000", "").toWellFormed();
}

/** At most `max` UTF-16 units of `text`, never cutting a character in half (which could not be stored). */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
