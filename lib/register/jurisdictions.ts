import { normalizeName } from "./normalize";

// The country or organization a title belongs to, however the text writes it: "U.S.", "the
// United States", "American" and "America's" are one jurisdiction. The register stores the key
// of what the desk typed; a mention's qualifier is read into the same key.

/** Canonical name, then the other ways news copy writes it (demonyms, short forms). */
const JURISDICTIONS: ReadonlyArray<readonly [string, ...string[]]> = [
  ["United States", "U.S.", "US", "USA", "U.S.A.", "America", "American", "United States of America"],
  ["United Kingdom", "U.K.", "UK", "Britain", "British", "Great Britain"],
  ["European Union", "EU", "E.U.", "European Commission"],
  ["United Nations", "UN", "U.N."],
  ["NATO", "North Atlantic Treaty Organization"],
  ["South Korea", "South Korean", "Republic of Korea", "ROK"],
  ["North Korea", "North Korean", "DPRK"],
  ["Japan", "Japanese"],
  ["China", "Chinese", "People's Republic of China", "PRC"],
  ["Taiwan", "Taiwanese"],
  ["India", "Indian"],
  ["Pakistan", "Pakistani"],
  ["Russia", "Russian", "Russian Federation"],
  ["Ukraine", "Ukrainian"],
  ["Belarus", "Belarusian"],
  ["Poland", "Polish"],
  ["Germany", "German"],
  ["France", "French"],
  ["Italy", "Italian"],
  ["Spain", "Spanish"],
  ["Portugal", "Portuguese"],
  ["Netherlands", "Dutch", "The Netherlands", "Holland"],
  ["Belgium", "Belgian"],
  ["Luxembourg", "Luxembourgish"],
  ["Switzerland", "Swiss"],
  ["Austria", "Austrian"],
  ["Ireland", "Irish"],
  ["Norway", "Norwegian"],
  ["Sweden", "Swedish"],
  ["Denmark", "Danish"],
  ["Finland", "Finnish"],
  ["Iceland", "Icelandic"],
  ["Estonia", "Estonian"],
  ["Latvia", "Latvian"],
  ["Lithuania", "Lithuanian"],
  ["Czech Republic", "Czech", "Czechia"],
  ["Slovakia", "Slovak"],
  ["Hungary", "Hungarian"],
  ["Romania", "Romanian"],
  ["Bulgaria", "Bulgarian"],
  ["Greece", "Greek"],
  ["Turkey", "Turkish", "Türkiye"],
  ["Serbia", "Serbian"],
  ["Croatia", "Croatian"],
  ["Slovenia", "Slovenian"],
  ["Moldova", "Moldovan"],
  ["Georgia", "Georgian"],
  ["Armenia", "Armenian"],
  ["Azerbaijan", "Azerbaijani"],
  ["Kazakhstan", "Kazakh"],
  ["Israel", "Israeli"],
  ["Palestinian Authority", "Palestinian", "Palestine"],
  ["Iran", "Iranian"],
  ["Iraq", "Iraqi"],
  ["Syria", "Syrian"],
  ["Lebanon", "Lebanese"],
  ["Jordan", "Jordanian"],
  ["Saudi Arabia", "Saudi"],
  ["United Arab Emirates", "UAE", "Emirati"],
  ["Qatar", "Qatari"],
  ["Egypt", "Egyptian"],
  ["Morocco", "Moroccan"],
  ["Algeria", "Algerian"],
  ["Tunisia", "Tunisian"],
  ["Libya", "Libyan"],
  ["Nigeria", "Nigerian"],
  ["Kenya", "Kenyan"],
  ["Ethiopia", "Ethiopian"],
  ["Ghana", "Ghanaian"],
  ["South Africa", "South African"],
  ["Canada", "Canadian"],
  ["Mexico", "Mexican"],
  ["Brazil", "Brazilian"],
  ["Argentina", "Argentine", "Argentinian"],
  ["Chile", "Chilean"],
  ["Colombia", "Colombian"],
  ["Peru", "Peruvian"],
  ["Venezuela", "Venezuelan"],
  ["Cuba", "Cuban"],
  ["Australia", "Australian"],
  ["New Zealand", "New Zealander"],
  ["Indonesia", "Indonesian"],
  ["Philippines", "Philippine", "Filipino"],
  ["Vietnam", "Vietnamese"],
  ["Thailand", "Thai"],
  ["Malaysia", "Malaysian"],
  ["Singapore", "Singaporean"],
  ["Bangladesh", "Bangladeshi"],
  ["Afghanistan", "Afghan"],
  ["Scotland", "Scottish"],
  ["Wales", "Welsh"],
  ["England", "English"],
  ["Northern Ireland"],
  ["World Health Organization", "WHO"],
  ["International Monetary Fund", "IMF"],
  ["World Bank"],
  ["European Central Bank", "ECB"],
  ["Federal Reserve", "Fed"],
  ["African Union", "AU"],
];

/** The same word with its possessive dropped ("Japan's" → "Japan"). */
export function withoutPossessive(word: string): string {
  return word.replace(/['’]s$|['’]$/u, "");
}

const keyOf = (text: string) => normalizeName(text.replace(/\./g, ""));

const CANONICAL = new Map<string, string>();
const DISPLAY = new Map<string, string>();
for (const [canonical, ...forms] of JURISDICTIONS) {
  for (const form of [canonical, ...forms]) CANONICAL.set(keyOf(form), keyOf(canonical));
  DISPLAY.set(keyOf(canonical), canonical);
}

/** The longest form in the table, in words: qualifiers are read at most this many words back. */
export const MAX_JURISDICTION_WORDS = Math.max(...[...CANONICAL.keys()].map((key) => key.split(" ").length));

/**
 * The key a jurisdiction is compared by: the table's canonical form for the names it knows
 * ("U.S." → "united states"), else the name itself without case, diacritics or a leading "the".
 */
export function jurisdictionKey(text: string): string {
  const key = keyOf(withoutPossessive(text.trim())).replace(/^the /, "");
  return CANONICAL.get(key) ?? key;
}

/** Whether the words name a jurisdiction the table knows ("South Korean", "the EU's"). */
export function isKnownJurisdiction(text: string): boolean {
  return CANONICAL.has(keyOf(withoutPossessive(text.trim())).replace(/^the /, ""));
}

/** How to name a jurisdiction in a message: "South Korea" for "South Korean". */
export function jurisdictionName(text: string): string {
  return DISPLAY.get(jurisdictionKey(text)) ?? withoutPossessive(text.trim()).replace(/^the\s+/i, "");
}
