// Names and titles compared the way a reader would: without case, diacritics or punctuation.

/** "José  Álvarez-Ruiz" → "jose alvarez ruiz" */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ß/g, "ss")
    .replace(/[øØ]/g, "o")
    .replace(/[łŁ]/g, "l")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export const TITLE_FILLER: ReadonlySet<string> = new Set(["the", "of", "for", "and", "affairs", "a", "an", "former", "acting", "interim", "then", "s"]);

/**
 * A title reduced to its significant words in a fixed order, so that "Minister of Foreign
 * Affairs" and "foreign minister" compare equal; country adjectives and "former" are dropped by
 * the caller's extraction or here.
 */
export function normalizeTitle(title: string): string {
  return [
    ...new Set(
      normalizeName(title)
        .split(" ")
        .filter((word) => word && !TITLE_FILLER.has(word)),
    ),
  ]
    .sort()
    .join(" ");
}

/** The first and last words of a normalized name ("jose alvarez ruiz" → "jose", "ruiz"). */
export function nameTokens(normalized: string): { firstToken: string; lastToken: string } {
  const words = normalized.split(" ");
  return { firstToken: words[0] ?? "", lastToken: words.at(-1) ?? "" };
}

// Articles repeat their words: each is normalized once (a pure cache, bounded).
const titleWordCache = new Map<string, string[]>();

/** The significant title words of one word of text ("U.S." → ["u", "s"], "the" → []). */
export function titleWords(word: string): string[] {
  let words = titleWordCache.get(word);
  if (!words) {
    words = normalizeName(word)
      .split(" ")
      .filter((part) => part && !TITLE_FILLER.has(part));
    if (titleWordCache.size > 50_000) titleWordCache.clear();
    titleWordCache.set(word, words);
  }
  return words;
}

/** normalizeTitle of words already split by `titleWords`. */
export function titleKeyOf(words: string[]): string {
  return [...new Set(words)].sort().join(" ");
}
