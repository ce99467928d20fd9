// Who has an article open, as the live stream tells every tab (one entry per open tab).

export type PresenceEntry = { tab: string; userId: string; name: string; claimId: string | null; editing: boolean };

/** One person however many tabs they have open: the claims they look at and whether any tab edits the text. */
export type PresentPerson = { userId: string; name: string; initials: string; claimIds: string[]; editing: boolean };

export function presentPeople(entries: readonly PresenceEntry[]): PresentPerson[] {
  const people = new Map<string, PresentPerson>();
  for (const entry of entries) {
    const person = people.get(entry.userId) ?? { userId: entry.userId, name: entry.name, initials: initials(entry.name), claimIds: [], editing: false };
    if (entry.claimId && !person.claimIds.includes(entry.claimId)) person.claimIds.push(entry.claimId);
    person.editing ||= entry.editing;
    people.set(entry.userId, person);
  }
  return [...people.values()];
}

/** "Eli Editor" → "EE"; one name → its first two letters. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return "?";
  if (words.length === 1) return [...words[0]!].slice(0, 2).join("").toUpperCase();
  return ([...words[0]!][0]! + [...words[words.length - 1]!][0]!).toUpperCase();
}

/** Other people looking at each claim (not me). */
export function viewersByClaim(people: readonly PresentPerson[], meId: string): Map<string, PresentPerson[]> {
  const viewers = new Map<string, PresentPerson[]>();
  for (const person of people) {
    if (person.userId === meId) continue;
    for (const claimId of person.claimIds) viewers.set(claimId, [...(viewers.get(claimId) ?? []), person]);
  }
  return viewers;
}
