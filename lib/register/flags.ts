import { editDistance } from "../anchoring/text-similarity";
import { describePeriod, endedBefore, heldOn } from "./dates";
import { normalizeName, normalizeTitle } from "./normalize";

// The register's checks on the people an article names. Pure: the database supplies the
// candidate entries (by trigram similarity of the normalized names) and the holders of the
// titles mentioned; these rules decide what to flag and say why.

export type PersonMention = {
  /** The span to flag: the name, or the title and name together. */
  start: number;
  end: number;
  name: string;
  /** The title given with the name, as written ("Portuguese Foreign Minister"), or null. */
  title: string | null;
  /** "former" or "ex-" goes with the title. */
  former: boolean;
};

export type CheckedTitle = { title: string; normalized: string; from: string | null; to: string | null };
export type CheckedEntry = { id: string; name: string; titles: CheckedTitle[] };
export type NameCandidate = { entryId: string; normalized: string };
export type TitleHolder = { entryId: string; name: string } & CheckedTitle;

/** More current holders than this, and the title is too common to name one. */
export const MAX_NAMED_HOLDERS = 3;

export type RegisterFlagRule = "near_miss" | "title_mismatch" | "former_title";
export type RegisterFlag = { rule: RegisterFlagRule; start: number; end: number; message: string; registerEntryId: string };

/** First names common enough that two of them differing by a letter are two people, not a typo. */
const COMMON_GIVEN_NAMES = new Set(
  (
    "ana anna anne ann annie maria mario marie mary marta martha john jon joan jean juan joao jose josef joseph josephine lena lina leon leo leon " +
    "daniel danielle dan dana diana diane david davide paul paula paulo pauline peter petra piotr eric erik erica erika carl karl carla karla " +
    "ivan ivana ivo eva ava eve adam adama alex alexa alexis alan allan alain ellen helen helena elena ella emma emily emil emilia " +
    "sara sarah sam samuel samantha tom tomas thomas tim tina tim tino nina nino dina dino lara laura lauren luca lucas luka lucia lucie luis louis louise " +
    "mark marc marco marcus marcos max maxim rose rosa ross sean shaun sian kim kin lee li liu lu yan yang jan jana janet ian iain"
  ).split(/\s+/),
);

export function isNearMiss(written: string, registered: string): boolean {
  if (written === registered) return false;
  const distance = editDistance(written, registered, 3);
  if (distance > 2 || distance > Math.ceil(registered.length * 0.2)) return false;
  const a = written.split(" ");
  const b = registered.split(" ");
  if (a.length === b.length) {
    const differing = a.flatMap((word, index) => (word === b[index] ? [] : [[word, b[index]!] as const]));
    // "Maria Lopez" is not a misspelt "Mario Lopez": both are ordinary first names.
    if (differing.length === 1 && COMMON_GIVEN_NAMES.has(differing[0]![0]) && COMMON_GIVEN_NAMES.has(differing[0]![1])) return false;
  }
  return true;
}

/** The registered name closest to what was written, among those that are a near miss of it. */
export function closestNearMiss<C extends NameCandidate>(written: string, candidates: C[]): C | undefined {
  let best: C | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (!isNearMiss(written, candidate.normalized)) continue;
    const distance = editDistance(written, candidate.normalized, 3);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** Whether a registered title is what the mention says: all its words are in the mention's title. */
export function titleMatches(registered: string, mentioned: string): boolean {
  const words = registered.split(" ").filter(Boolean);
  const given = new Set(mentioned.split(" "));
  return words.length > 0 && words.every((word) => given.has(word));
}

export function registerFlags({
  mentions,
  candidates,
  entries,
  holders,
  day,
}: {
  mentions: PersonMention[];
  /** By normalized mention name: the register names similar to it. */
  candidates: ReadonlyMap<string, NameCandidate[]>;
  entries: ReadonlyMap<string, CheckedEntry>;
  /** Everyone the register has holding a title, for the titles mentioned. */
  holders: TitleHolder[];
  /** The day the article speaks for (YYYY-MM-DD). */
  day: string;
}): RegisterFlag[] {
  const flags: RegisterFlag[] = [];
  for (const mention of mentions) {
    const written = normalizeName(mention.name);
    const found = candidates.get(written) ?? [];
    const exact = [...new Set(found.filter((candidate) => candidate.normalized === written).map((candidate) => candidate.entryId))];
    if (exact.length === 0) {
      const near = closestNearMiss(written, found);
      const entry = near && entries.get(near.entryId);
      if (entry)
        flags.push({
          rule: "near_miss",
          start: mention.start,
          end: mention.end,
          registerEntryId: entry.id,
          message: `“${mention.name}” is not in the register: did you mean ${entry.name}?`,
        });
      continue;
    }
    if (exact.length > 1 || !mention.title) continue; // two registered people share the name: nothing to compare against
    const entry = entries.get(exact[0]!);
    if (!entry || entry.titles.length === 0) continue;
    const mentioned = normalizeTitle(mention.title);
    const matching = entry.titles.filter((title) => titleMatches(title.normalized, mentioned));
    if (matching.some((title) => heldOn(title, day))) continue;
    const others = holders.filter((holder) => holder.entryId !== entry.id && heldOn(holder, day) && titleMatches(holder.normalized, mentioned));
    // Only an office one person holds at a time (not "Mayor" of many towns) names the holder.
    const otherText =
      others.length > 0 && others.length <= MAX_NAMED_HOLDERS
        ? ` ${others.map((other) => other.name).join(" and ")} ${others.length === 1 ? "is" : "are"} ${others[0]!.title} on that date.`
        : "";
    if (matching.length > 0 && matching.every((title) => endedBefore(title, day))) {
      if (mention.former) continue;
      const last = matching.at(-1)!;
      flags.push({
        rule: "former_title",
        start: mention.start,
        end: mention.end,
        registerEntryId: entry.id,
        message: `${entry.name} was ${last.title} ${describePeriod(last)}: on ${day} that is a former title (“former ${last.title}”).${otherText}`,
      });
      continue;
    }
    const current = entry.titles.filter((title) => heldOn(title, day)).map((title) => title.title);
    const held = matching.length > 0 ? ` The register has them as ${matching[0]!.title} only ${describePeriod(matching[0]!)}.` : "";
    flags.push({
      rule: "title_mismatch",
      start: mention.start,
      end: mention.end,
      registerEntryId: entry.id,
      message: `On ${day} the register has ${entry.name} as ${current.length ? current.join(", ") : "holding none of their registered titles"}, not “${mention.title.trim()}”.${held}${otherText}`,
    });
  }
  return flags;
}
