import "server-only";
import type { ClaimOrigin } from "@/lib/activity/activity-types";
import { describeRange } from "@/lib/anchoring/describe-range";
import type { ClaimKind, ClaimStatus } from "@/lib/claims/vocabulary";
import type { Prisma } from "@/generated/prisma/client";
import { recordActivities } from "../activity/record-activity";
import type { SessionUser } from "../auth/session-user";

/** A claim to create on a span of the article's current text. */
export type ClaimDraft = {
  start: number;
  end: number;
  kind: ClaimKind;
  status?: ClaimStatus;
  note?: string;
  /** What the machine said (a suggestion's or the register's message), kept apart from the note. */
  hint?: string;
  /** How many sources the caller adds to it in the same transaction (for the history). */
  sources?: number;
};

export type InsertClaimsOptions = {
  actor: SessionUser;
  /** The article, read (and locked) in this transaction: the drafts' offsets index its text. */
  article: { id: string; text: string };
  drafts: readonly ClaimDraft[];
  /** Where the claims came from, when not marked by hand. */
  from?: ClaimOrigin;
};

export type InsertedClaim = { id: string; start: number | null; end: number | null };

/**
 * The one way a claim comes to exist: anchored to its span (position, quote and context), its
 * creator and status fields set, and a "claim.created" entry in the activity log, in the
 * caller's transaction. Marking by hand, accepting suggestions and importing annotations all
 * create claims here. A fixed number of statements, whatever the number of drafts; the result
 * keeps the drafts' order.
 */
export async function insertClaims(tx: Prisma.TransactionClient, { actor, article, drafts, from }: InsertClaimsOptions): Promise<InsertedClaim[]> {
  if (drafts.length === 0) return [];
  const now = new Date();
  const rows = drafts.map((draft) => {
    const anchor = describeRange(article.text, draft.start, draft.end);
    const status = draft.status ?? "unchecked";
    return {
      articleId: article.id,
      kind: draft.kind,
      status,
      note: draft.note ?? "",
      hint: draft.hint ?? "",
      start: draft.start,
      end: draft.end,
      quote: anchor.quote.exact,
      prefix: anchor.quote.prefix,
      suffix: anchor.quote.suffix,
      createdById: actor.id,
      updatedById: actor.id,
      ...(status !== "unchecked" ? { statusChangedById: actor.id, statusChangedAt: now } : {}),
    };
  });
  const returned = await tx.claim.createManyAndReturn({ data: rows, select: { id: true, start: true, end: true } });
  // Postgres returns inserted rows in the order given, but nothing promises it: pair by span.
  const bySpan = new Map<string, InsertedClaim[]>();
  for (const claim of returned) bySpan.set(`${claim.start}:${claim.end}`, [...(bySpan.get(`${claim.start}:${claim.end}`) ?? []), claim]);
  const created = drafts.map((draft) => bySpan.get(`${draft.start}:${draft.end}`)!.shift()!);
  await recordActivities(
    tx,
    created.map((claim, index) => {
      const row = rows[index]!;
      const draft = drafts[index]!;
      return {
        actorId: actor.id,
        entityType: "claim",
        entityId: claim.id,
        articleId: article.id,
        claimId: claim.id,
        action: "claim.created",
        after: {
          kind: row.kind,
          status: row.status,
          note: row.note,
          quote: row.quote,
          start: row.start,
          end: row.end,
          ...(draft.sources !== undefined ? { sources: draft.sources } : {}),
          ...(from ? { from } : {}),
        },
      };
    }),
  );
  return created;
}
