import "server-only";
import type { ArticleDto, ClaimDto, ProposalDto } from "@/lib/dto";
import { replaceText } from "@/lib/document/replace-text";
import { articleSchema } from "@/lib/editor/schema";
import { AppError, notFound } from "@/lib/errors/app-error";
import { assertCan, can } from "@/lib/permissions";
import { proposalApplies, proposalProblem, verdictAfterAccepting, type ProposalState } from "@/lib/proposals/proposal-rules";
import type { TNewProposal } from "@/lib/validation/proposal";
import type { Prisma } from "@/generated/prisma/client";
import { recordActivities, recordActivity } from "../activity/record-activity";
import { lockArticle } from "../articles/lock-article";
import { saveArticleText } from "../articles/update-article";
import type { SessionUser } from "../auth/session-user";
import { claimDtoInTransaction } from "../claims/claim-rows";
import { getDb } from "../db";
import { notify } from "../notifications/notify";
import { proposalSelect, toProposalDto } from "../select";

// Suggesting mode on the server: a checker proposes new words for a claim, an editor accepts
// (the article's text changes as a new revision, in the same transaction as everything the
// acceptance decides) or rejects. The rules are in lib/proposals/proposal-rules.ts.

const claimForProposal = { id: true, articleId: true, quote: true, start: true, end: true, anchorState: true, status: true, previousQuote: true } as const;

/** Proposes `replacement` for the claim's words; the article's author hears of it when they may accept it. */
export async function proposeChange({ actor, claimId, input }: { actor: SessionUser; claimId: string; input: TNewProposal }): Promise<ProposalDto> {
  assertCan(actor, "claim:write");
  return getDb().$transaction(async (tx) => {
    // The claim is held (a key-share lock) so it cannot be deleted underneath.
    const [held] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Claim" WHERE "id" = ${claimId} FOR KEY SHARE`;
    if (!held) throw notFound("Claim", claimId);
    const claim = await tx.claim.findUniqueOrThrow({
      where: { id: claimId },
      select: { ...claimForProposal, article: { select: { text: true, title: true, createdBy: { select: { id: true, role: true, active: true } } } } },
    });
    const problem = proposalProblem(claim, claim.article.text, input.replacement);
    if (problem) throw new AppError("UNPROCESSABLE", `No change can be proposed for claim ${claimId}: ${problem}.`);
    const note = input.note?.trim() ?? "";
    const row = await tx.proposal.create({
      data: { claimId, articleId: claim.articleId, quote: claim.quote, replacement: input.replacement, note, proposedById: actor.id },
      select: proposalSelect,
    });
    await recordActivity(tx, {
      actorId: actor.id,
      entityType: "proposal",
      entityId: row.id,
      articleId: claim.articleId,
      claimId,
      action: "proposal.made",
      after: { quote: claim.quote, replacement: input.replacement, note },
    });
    const author = claim.article.createdBy;
    if (author.active && can(author.role, "claim:decide")) {
      await notify(tx, actor.id, [{ userId: author.id, kind: "proposal", articleId: claim.articleId, claimId, excerpt: `${claim.quote} → ${input.replacement}` }]);
    }
    return toProposalDto(row, claim);
  });
}

/** The note on open proposals closed because another for the same words was accepted. */
const SUPERSEDED = "Another proposed change to these words was accepted.";

type LockedProposal = { id: string; claimId: string; articleId: string; quote: string; replacement: string; state: ProposalState; proposedById: string };

/** Reads and locks an open proposal until the transaction ends: two editors cannot both decide it. */
async function lockOpenProposal(tx: Prisma.TransactionClient, proposalId: string): Promise<LockedProposal> {
  const [proposal] = await tx.$queryRaw<LockedProposal[]>`
    SELECT "id", "claimId", "articleId", "quote", "replacement", "state"::text AS "state", "proposedById" FROM "Proposal" WHERE "id" = ${proposalId} FOR UPDATE`;
  if (!proposal) throw notFound("Proposal", proposalId);
  if (proposal.state !== "open") throw new AppError("CONFLICT", `Proposal ${proposalId} was already ${proposal.state}.`);
  return proposal;
}

export type AcceptedProposal = { proposal: ProposalDto; claim: ClaimDto; article: ArticleDto };

/**
 * Accepts a proposal: its words replace the claim's in the article (a new revision, every claim
 * re-anchored, a checked article reopened, like any other save), the claim stays on its new words, and a
 * claim judged incorrect or disputed becomes verified with the correction recorded. All of it
 * commits together; a proposal whose claim no longer has the words it was made for is refused
 * with 409 and changes nothing.
 */
export async function acceptProposal({ actor, proposalId, note = "" }: { actor: SessionUser; proposalId: string; note?: string }): Promise<AcceptedProposal> {
  assertCan(actor, "claim:decide");
  return getDb().$transaction(
    async (tx) => {
      // The article first, then the proposal: every acceptance takes its locks in that order, so
      // two editors accepting proposals of one claim queue up instead of deadlocking.
      const [found] = await tx.$queryRaw<{ articleId: string }[]>`SELECT "articleId" FROM "Proposal" WHERE "id" = ${proposalId}`;
      if (!found) throw notFound("Proposal", proposalId);
      const current = await lockArticle(tx, found.articleId);
      const proposal = await lockOpenProposal(tx, proposalId);
      const claim = await tx.claim.findUniqueOrThrow({ where: { id: proposal.claimId }, select: claimForProposal });
      if (!proposalApplies(proposal, claim) || current.text.slice(claim.start!, claim.end!) !== proposal.quote) {
        const now = claim.anchorState === "orphaned" ? "its words are no longer in the text" : `its words are now “${claim.quote}”`;
        throw new AppError("CONFLICT", `Proposal ${proposalId} no longer applies: it was made for “${proposal.quote}”, and ${now}. Propose the change again on the current text.`);
      }
      const { body } = await tx.article.findUniqueOrThrow({ where: { id: proposal.articleId }, select: { body: true } });
      const start = claim.start!;
      const doc = replaceText(articleSchema.nodeFromJSON(body), start, claim.end!, proposal.replacement);
      const verdict = verdictAfterAccepting(claim, proposal.replacement);
      const pinned = { claimId: claim.id, start, end: start + proposal.replacement.length, settled: verdict !== null };
      const { article } = await saveArticleText(tx, { actor, current, doc, title: current.title, pinned });
      const decidedAt = new Date();
      if (verdict) {
        // The proposer established the right words: the verdict is theirs.
        await tx.claim.update({ where: { id: claim.id }, data: { ...verdict, statusChangedById: proposal.proposedById, statusChangedAt: decidedAt } });
      }
      const row = await tx.proposal.update({
        where: { id: proposalId },
        data: { state: "accepted", decidedById: actor.id, decidedAt, decisionNote: note.trim(), revision: article.version },
        select: proposalSelect,
      });
      await recordActivity(tx, {
        actorId: actor.id,
        entityType: "proposal",
        entityId: proposalId,
        articleId: proposal.articleId,
        claimId: claim.id,
        action: "proposal.accepted",
        before: { quote: proposal.quote, status: claim.status },
        after: { quote: proposal.replacement, status: verdict?.status ?? claim.status, revision: article.version, proposedById: proposal.proposedById, note: note.trim() },
      });
      // The other open proposals for these words are answered by this one: closed, their proposers told.
      const superseded = await tx.$queryRaw<Pick<LockedProposal, "id" | "quote" | "replacement" | "proposedById">[]>`
        UPDATE "Proposal" SET "state" = 'rejected', "decidedById" = ${actor.id}, "decidedAt" = ${decidedAt}, "decisionNote" = ${SUPERSEDED}
        WHERE "claimId" = ${claim.id} AND "state" = 'open' AND "id" <> ${proposalId}
        RETURNING "id", "quote", "replacement", "proposedById"`;
      await recordActivities(
        tx,
        superseded.map((other) => ({
          actorId: actor.id,
          entityType: "proposal" as const,
          entityId: other.id,
          articleId: proposal.articleId,
          claimId: claim.id,
          action: "proposal.rejected" as const,
          after: { quote: other.quote, replacement: other.replacement, proposedById: other.proposedById, note: SUPERSEDED },
        })),
      );
      await notify(tx, actor.id, [
        { userId: proposal.proposedById, kind: "proposal_accepted", articleId: proposal.articleId, claimId: claim.id, excerpt: `${proposal.quote} → ${proposal.replacement}` },
        ...superseded.map((other) => ({
          userId: other.proposedById,
          kind: "proposal_rejected" as const,
          articleId: proposal.articleId,
          claimId: claim.id,
          excerpt: `${other.quote} → ${other.replacement}`,
        })),
      ]);
      const claimDto = await claimDtoInTransaction(tx, claim.id, actor);
      return { proposal: toProposalDto(row, claim), claim: claimDto!, article };
    },
    { timeout: 30_000 },
  );
}

/** Rejects a proposal, with an optional word for its proposer; the text is not touched. */
export async function rejectProposal({ actor, proposalId, note = "" }: { actor: SessionUser; proposalId: string; note?: string }): Promise<ProposalDto> {
  assertCan(actor, "claim:decide");
  return getDb().$transaction(async (tx) => {
    const proposal = await lockOpenProposal(tx, proposalId);
    const row = await tx.proposal.update({
      where: { id: proposalId },
      data: { state: "rejected", decidedById: actor.id, decidedAt: new Date(), decisionNote: note.trim() },
      select: { ...proposalSelect, claim: { select: claimForProposal } },
    });
    await recordActivity(tx, {
      actorId: actor.id,
      entityType: "proposal",
      entityId: proposalId,
      articleId: proposal.articleId,
      claimId: proposal.claimId,
      action: "proposal.rejected",
      after: { quote: proposal.quote, replacement: proposal.replacement, proposedById: proposal.proposedById, note: note.trim() },
    });
    await notify(tx, actor.id, [
      {
        userId: proposal.proposedById,
        kind: "proposal_rejected",
        articleId: proposal.articleId,
        claimId: proposal.claimId,
        excerpt: `${proposal.quote} → ${proposal.replacement}`,
      },
    ]);
    const { claim, ...rest } = row;
    return toProposalDto(rest, claim);
  });
}

/** Every proposal on the claim, open and decided, oldest first. */
export async function listProposals({ actor, claimId }: { actor: SessionUser; claimId: string }): Promise<ProposalDto[]> {
  assertCan(actor, "article:read");
  const claim = await getDb().claim.findUnique({
    where: { id: claimId },
    select: { ...claimForProposal, proposals: { select: proposalSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
  });
  if (!claim) throw notFound("Claim", claimId);
  return claim.proposals.map((proposal) => toProposalDto(proposal, claim));
}
