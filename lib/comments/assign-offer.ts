import { canBeAssigned, type Role } from "@/lib/permissions";
import { extractMentions } from "./comment-markdown";

type Person = { id: string; name: string; role: Role; handle: string };

/**
 * Whom a comment offers to assign its claim to ("@ana please take this"): the people it mentions
 * who can hold a claim and do not hold this one already, in the order mentioned.
 */
export function assignmentOffers<P extends Person>(body: string, people: readonly P[], assigneeId: string | null): P[] {
  const byHandle = new Map(people.map((person) => [person.handle.toLowerCase(), person]));
  return extractMentions(body).flatMap((handle) => {
    const person = byHandle.get(handle.toLowerCase());
    return person && canBeAssigned(person.role) && person.id !== assigneeId ? [person] : [];
  });
}
