import { describePeriod, endOf, startOf } from "./dates";
import type { PersonMention } from "./mentions";
import { jurisdictionKey, jurisdictionName } from "./jurisdictions";
import { normalizeTitle } from "./normalize";
import { nameDistance } from "./name-distance";
import type { Period } from "./sentence-time";

// The register's rules on the people an article names. Pure: the database supplies the entries
// whose names the article gives (exactly or nearly) and who holds the titles it mentions; these
// rules decide what to flag and say why, naming the registered person, the entry's source and
// the day they speak for.

export type RegisteredTitle = { title: string; normalized: string; from: string | null; to: string | null; jurisdiction: string; jurisdictionKey: string };
export type EntrySource = { url: string; title: string; excerpt: string };
export type CheckedEntry = { id: string; name: string; titles: RegisteredTitle[]; sources: EntrySource[] };
export type NameCandidate = { entryId: string; normalized: string };
export type TitleHolder = RegisteredTitle & { entryId: string; name: string; sources: EntrySource[] };

/** A title as the rules compare it: its word key and its jurisdiction's key. */
export function registeredTitle(title: { title: string; from?: string | null; to?: string | null; jurisdiction?: string }): RegisteredTitle {
  return {
    title: title.title,
    normalized: normalizeTitle(title.title),
    from: title.from ?? null,
    to: title.to ?? null,
    jurisdiction: title.jurisdiction ?? "",
    jurisdictionKey: title.jurisdiction ? jurisdictionKey(title.jurisdiction) : "",
  };
}

/** More holders than this, and a title names nobody in particular. */
export const MAX_NAMED_HOLDERS = 3;

export const REGISTER_FLAG_RULES = ["near_miss", "wrong_holder", "wrong_jurisdiction", "title_mismatch", "outdated_title", "former_current"] as const;
export type RegisterFlagRule = (typeof REGISTER_FLAG_RULES)[number];
export type RegisterFlag = { rule: RegisterFlagRule; start: number; end: number; message: string; registerEntryId: string };

/** The time a mention is checked for, and how to say it. */
export type CheckTime = Period & { label: string };

/** First names common enough that two of them differing by a letter are two people, not a typo. */
const COMMON_GIVEN_NAMES = new Set(
  (
    "ana anna anne ann annie maria mario marie mary marta martha john jon joan jean juan joao jose josef joseph josephine lena lina leon leo " +
    "daniel danielle dan dana diana diane david davide paul paula paulo pauline peter petra piotr eric erik erica erika carl karl carla karla " +
    "ivan ivana ivo eva ava eve adam adama alex alexa alexis alan allan alain ellen helen helena elena ella emma emily emil emilia " +
    "sara sarah sam samuel samantha tom tomas thomas tim tina tino nina nino dina dino lara laura lauren luca lucas luka lucia lucie luis louis louise " +
    "mark marc marco marcus marcos max maxim rose rosa ross sean shaun sian kim kin lee li liu lu yan yang jan jana janet ian iain karin karen katrin " +
    "catherine katherine kathryn christina kristina cristina christine kristin steven stephen stefan stephan michael michel mikael michal"
  ).split(/\s+/),
);

/** Offices many people hold at once: without a jurisdiction they name nobody in particular. */
const PLURAL_OFFICES = new Set(
  "mayor senator ambassador governor representative congressman congresswoman councillor councilor mp mep judge justice bishop general admiral professor director minister secretary lawmaker legislator deputy spokesperson spokesman spokeswoman consul envoy commissioner member parliament state city county federal us u s district regional local".split(
    " ",
  ),
);
const PLURAL_HEADS = new Set(
  "mayor senator ambassador governor representative congressman congresswoman councillor councilor mp mep judge justice bishop lawmaker legislator consul envoy member".split(" "),
);

export function isPluralOffice(key: string): boolean {
  const words = key.split(" ");
  return words.some((word) => PLURAL_HEADS.has(word)) && words.every((word) => PLURAL_OFFICES.has(word));
}

/**
 * Whether `written` is a misspelling of `registered` (both normalized): one or two letters
 * changed, missing or swapped. With `titleEvidence` (the title already points at the person),
 * two common first names count as a misspelling too; without it, "Maria Lopez" is not "Mario Lopez".
 */
export function isNearMiss(written: string, registered: string, { titleEvidence = false } = {}): boolean {
  if (written === registered) return false;
  const distance = nameDistance(written, registered, 3);
  if (distance > 2 || distance > Math.ceil(registered.length * 0.2)) return false;
  const a = written.split(" ");
  const b = registered.split(" ");
  if (a.length === b.length && !titleEvidence) {
    const differing = a.flatMap((word, index) => (word === b[index] ? [] : [[word, b[index]!] as const]));
    if (differing.length === 1 && COMMON_GIVEN_NAMES.has(differing[0]![0]) && COMMON_GIVEN_NAMES.has(differing[0]![1])) return false;
  }
  return true;
}

/** The registered name closest to what was written, among those that are a near miss of it. */
export function closestNearMiss<C extends NameCandidate>(written: string, candidates: C[], options?: { titleEvidence?: boolean }): C | undefined {
  let best: C | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (!isNearMiss(written, candidate.normalized, options)) continue;
    const distance = nameDistance(written, candidate.normalized, 3);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** Whether a title's term overlaps the period. */
export function heldDuring(title: { from: string | null; to: string | null }, period: Period): boolean {
  return (!title.from || startOf(title.from) <= period.to) && (!title.to || endOf(title.to) >= period.from);
}

const endedBefore = (title: { to: string | null }, period: Period) => Boolean(title.to && endOf(title.to) < period.from);

/** Holders of a title fit a mention's jurisdiction when it gives none, or theirs is the same. */
function fits(holder: { jurisdictionKey: string }, jurisdiction: string): "yes" | "unknown" | "no" {
  if (!jurisdiction || holder.jurisdictionKey === jurisdiction) return "yes";
  return holder.jurisdictionKey ? "no" : "unknown";
}

const sourceText = (source: EntrySource | null | undefined) => (source ? `source: ${source.title ? `${source.title}, ` : ""}${source.url}` : "no source recorded");
const titleText = (title: RegisteredTitle) => (title.jurisdiction ? `${title.title} (${title.jurisdiction})` : title.title);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export type MentionJudgement = {
  mention: PersonMention;
  /** The jurisdiction the mention gives, or the one its person's titles imply ("" for none). */
  jurisdiction: string;
  /** The time the sentence speaks of, when it gives one. */
  sentenceTime: CheckTime | null;
  /** The article's day (publication date, sign-off, today). */
  day: CheckTime;
  /** Registered entries whose name or a variant is exactly the mention's name. */
  exact: CheckedEntry[];
  /** Registered names like the mention's (sharing a first or last word). */
  candidates: NameCandidate[];
  /** With a title and no exact name: the closest registered name the title can vouch for (common first names included). */
  vouched?: CheckedEntry;
  entries: ReadonlyMap<string, CheckedEntry>;
  /** Who holds the mention's title in its jurisdiction during `time` (at most MAX_NAMED_HOLDERS + 1). */
  holders: TitleHolder[];
};

export function judgeMention({ mention, jurisdiction, sentenceTime, day, exact, candidates, vouched, entries, holders }: MentionJudgement): RegisterFlag | null {
  const time = sentenceTime ?? day;
  const flag = (rule: RegisterFlagRule, entryId: string, message: string): RegisterFlag => ({ rule, start: mention.start, end: mention.end, registerEntryId: entryId, message });
  const when = `${capitalise(time.label)}`;
  const title = mention.title;

  const nearMissFlag = (): RegisterFlag | null => {
    if (exact.length > 0) return null;
    const near = closestNearMiss(mention.normalized, candidates);
    const entry = near && entries.get(near.entryId);
    return entry ? flag("near_miss", entry.id, `“${mention.name}” is not in the register: did you mean ${entry.name}? (${sourceText(entry.sources[0])})`) : null;
  };
  if (!title) return nearMissFlag();

  // The holders the title names: in the mention's jurisdiction, during the time, not an office many hold.
  const pinnable = !(isPluralOffice(title.key) && !jurisdiction);
  const fitting = holders.filter((holder) => fits(holder, jurisdiction) === "yes" && heldDuring(holder, time));
  const single = pinnable && fitting.length >= 1 && new Set(fitting.map((holder) => holder.entryId)).size === 1 ? fitting[0]! : null;
  const holderSays = (holder: TitleHolder) => `the register has ${holder.name} as ${titleText(holder)} (${sourceText(holder.sources[0])})`;

  const wrongHolder = (holder: TitleHolder, extra = "") => flag("wrong_holder", holder.entryId, `${when} ${holderSays(holder)}; the article says ${mention.name}.${extra}`);

  // Namesakes: the mention is right if any of them held the title.
  if (exact.length > 0) {
    const own = (entry: CheckedEntry) => entry.titles.filter((held) => held.normalized === title.key && fits(held, title.jurisdiction) !== "no");
    const holding = exact.find((entry) => own(entry).some((held) => heldDuring(held, time)));
    if (holding) {
      const today = own(holding).find((held) => heldDuring(held, day));
      if (title.former && today && !title.past && !sentenceTime) {
        return flag(
          "former_current",
          holding.id,
          `${capitalise(day.label)} the register has ${holding.name} as ${titleText(today)} ${describePeriod(today)} (${sourceText(holding.sources[0])}): “former” is wrong while they hold it.`,
        );
      }
      return null;
    }
    if (exact.length > 1) return single && !exact.some((entry) => entry.id === single.entryId) ? wrongHolder(single) : null;
    const person = exact[0]!;
    const mine = own(person);
    if (mine.length > 0 && mine.every((held) => endedBefore(held, time))) {
      if (title.former || title.past) return null;
      const last = mine.at(-1)!;
      const now = single && single.entryId !== person.id ? ` ${single.name} holds it then (${sourceText(single.sources[0])}).` : "";
      return flag(
        "outdated_title",
        person.id,
        `${person.name} was ${titleText(last)} ${describePeriod(last)} (${sourceText(person.sources[0])}): ${time.label} that is a former title (“former ${last.title}”).${now}`,
      );
    }
    const elsewhere = title.jurisdiction
      ? person.titles.find((held) => held.normalized === title.key && fits(held, title.jurisdiction) === "no" && heldDuring(held, time))
      : undefined;
    if (elsewhere) {
      const other = single && single.entryId !== person.id ? ` ${capitalise(holderSays(single))}.` : "";
      return flag(
        "wrong_jurisdiction",
        person.id,
        `${when} the register has ${person.name} as ${titleText(elsewhere)} (${sourceText(person.sources[0])}), not of ${jurisdictionName(title.jurisdictionText)}.${other}`,
      );
    }
    if (title.former || title.past) return null;
    if (single && single.entryId !== person.id) return wrongHolder(single, mine.length > 0 ? ` ${person.name} holds it only ${describePeriod(mine[0]!)}.` : "");
    if (person.titles.length === 0) return null;
    const current = person.titles.filter((held) => heldDuring(held, time)).map(titleText);
    const held = mine.length > 0 ? ` The register has them as ${mine[0]!.title} only ${describePeriod(mine[0]!)}.` : "";
    return flag(
      "title_mismatch",
      person.id,
      `${when} the register has ${person.name} as ${current.length ? current.join(", ") : "holding none of their registered titles"} (${sourceText(person.sources[0])}), not “${title.text}”.${held}`,
    );
  }

  // A name the register does not know, given a title. "Former" and "then" speak of a past holder.
  if (title.former || title.past) return nearMissFlag();
  if (single) return wrongHolder(single);
  // Several hold it (or it is an office many hold): a name a letter or two off one of them is still theirs.
  const held = vouched?.titles.find((candidate) => candidate.normalized === title.key && fits(candidate, jurisdiction) !== "no" && heldDuring(candidate, time));
  if (vouched && held) return wrongHolder({ ...held, entryId: vouched.id, name: vouched.name, sources: vouched.sources });
  return nearMissFlag();
}
