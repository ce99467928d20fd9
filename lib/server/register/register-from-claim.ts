import "server-only";
import type { RegisterEntryDto } from "@/lib/dto";
import { AppError, notFound } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import { personFromQuote } from "@/lib/register/from-claim";
import { normalizeName, normalizeTitle } from "@/lib/register/normalize";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { createRegisterEntry, registerEntrySelect, toRegisterEntryDto, updateRegisterEntry } from "./register-entries";

/**
 * One step from a verified name or title claim to the register: the person is added (or found
 * by name), the title the claim states is added as held from this month if the entry lacks it,
 * and the claim's open (non-confidential) web sources become the entry's sources.
 */
export async function registerFromClaim({
  actor,
  claimId,
  now = new Date(),
}: {
  actor: SessionUser;
  claimId: string;
  now?: Date;
}): Promise<{ entry: RegisterEntryDto; created: boolean }> {
  assertCan(actor, "register:write");
  return getDb().$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      select: { quote: true, kind: true, status: true, sources: { select: { url: true, title: true, excerpt: true, confidential: true }, orderBy: { createdAt: "asc" } } },
    });
    if (!claim) throw notFound("Claim", claimId);
    if (claim.kind !== "name" && claim.kind !== "title") throw new AppError("UNPROCESSABLE", "Only name and title claims go into the register.");
    if (claim.status !== "verified") throw new AppError("UNPROCESSABLE", "Verify the claim before adding it to the register.");
    const person = personFromQuote(claim.quote);
    if (!person) throw new AppError("UNPROCESSABLE", `No person's name was found in “${claim.quote}”.`);
    const sources = claim.sources.filter((source) => !source.confidential && source.url).map(({ url, title, excerpt }) => ({ url, title, excerpt }));
    const month = now.toISOString().slice(0, 7);
    const existing = await tx.registerEntry.findFirst({ where: { names: { some: { normalized: normalizeName(person.name) } } }, select: registerEntrySelect });
    if (!existing) {
      const entry = await createRegisterEntry({
        actor,
        db: tx,
        input: { name: person.name, kind: "person", variants: [], notes: "", titles: person.title ? [{ title: person.title, from: month, to: null }] : [], sources },
      });
      return { entry, created: true };
    }
    const current = toRegisterEntryDto(existing);
    const hasTitle = !person.title || current.titles.some((title) => normalizeTitle(title.title) === normalizeTitle(person.title!) && !title.to);
    const newSources = sources.filter((source) => !current.sources.some((known) => known.url === source.url));
    if (hasTitle && newSources.length === 0) return { entry: current, created: false };
    const entry = await updateRegisterEntry({
      actor,
      db: tx,
      id: current.id,
      input: {
        version: current.version,
        ...(hasTitle ? {} : { titles: [...current.titles, { title: person.title!, from: month, to: null }] }),
        ...(newSources.length ? { sources: [...current.sources, ...newSources] } : {}),
      },
    });
    return { entry, created: false };
  });
}
