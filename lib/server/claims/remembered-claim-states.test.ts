import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { countQueries } from "@/lib/testing/count-queries";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import { getDb } from "../db";
import { createClaim } from "./create-claim";
import { deleteClaim } from "./delete-claim";
import { listClaims } from "./list-claims";
import { updateClaim } from "./update-claim";

// A change sent at the version this server last saw the claim at is computed from what it saw,
// and written in one statement that also checks the row still holds exactly that; otherwise the
// claim is read and the change computed again, so the history never records a "before" that
// was not the claim's.

const TEXT = "The council approved 42 new homes on Tuesday.\n\nMayor Ana Ruiz called it a start.";

async function setup() {
  const editor = await createTestUser("editor");
  const checker = await createTestUser("checker");
  const article = await createTestArticle(editor, TEXT);
  const claim = await createClaim({ actor: checker, articleId: article.id, input: { quote: "42 new homes", kind: "number" } });
  return { checker, article, claim };
}

const lastEntry = async (claimId: string) =>
  getDb().activityEvent.findFirstOrThrow({ where: { claimId }, orderBy: [{ at: "desc" }, { id: "desc" }], select: { action: true, before: true, after: true } });

describe("changing a claim this server has seen", () => {
  it("costs one statement at the version it last answered with", async () => {
    const { checker, claim } = await setup();
    const first = await updateClaim({ actor: checker, claimId: claim.id, input: { status: "in_progress", version: 1 } });
    const second = await countQueries(() => updateClaim({ actor: checker, claimId: claim.id, input: { status: "verified", version: first.version } }));
    expect(second.queries).toBe(1);
    expect(second.result).toMatchObject({ status: "verified", version: 3 });
    expect(await lastEntry(claim.id)).toEqual({ action: "claim.updated", before: { status: "in_progress" }, after: { status: "verified" } });

    // Every kind of value the statement compares (enums, nulls, numbers, text) as it is sent.
    const editor = await createTestUser("editor");
    const decided = await updateClaim({
      actor: editor,
      claimId: claim.id,
      input: { status: "incorrect", decision: "corrected", decisionNote: "Fixed in copy", assigneeId: checker.id, noSourceReason: "Public record", version: 3 },
    });
    const third = await countQueries(() => updateClaim({ actor: checker, claimId: claim.id, input: { kind: "quote", version: decided.version } }));
    expect(third.queries).toBe(1);
    expect(third.result).toMatchObject({ kind: "quote", decision: "corrected", assigneeId: checker.id });
  });

  it("costs one statement after the claims list was read", async () => {
    const { checker, article, claim } = await setup();
    await listClaims({ actor: checker, articleId: article.id });
    const changed = await countQueries(() => updateClaim({ actor: checker, claimId: claim.id, input: { status: "verified", version: 1 } }));
    expect(changed).toMatchObject({ queries: 1, result: { status: "verified", version: 2 } });
  });

  it("reads the claim again when it changed without a new version, and records what it really was", async () => {
    const { checker, claim } = await setup();
    const first = await updateClaim({ actor: checker, claimId: claim.id, input: { note: "Planning minutes", version: 1 } });
    // As re-attaching claims on a text save does for offsets: a change that keeps the version.
    await getDb().$executeRaw`UPDATE "Claim" SET "note" = 'Changed elsewhere' WHERE "id" = ${claim.id}`;
    const second = await countQueries(() => updateClaim({ actor: checker, claimId: claim.id, input: { note: "Council minutes, p. 4", version: first.version } }));
    expect(second.queries).toBe(3);
    expect(second.result).toMatchObject({ note: "Council minutes, p. 4", version: 3 });
    expect(await lastEntry(claim.id)).toEqual({ action: "claim.updated", before: { note: "Changed elsewhere" }, after: { note: "Council minutes, p. 4" } });
  });

  it("refuses a stale version with 409, and a deleted claim with 404, writing nothing", async () => {
    const { checker, claim } = await setup();
    const first = await updateClaim({ actor: checker, claimId: claim.id, input: { note: "Planning minutes", version: 1 } });
    // Another app server's change: this one still remembers version 2.
    await getDb().claim.update({ where: { id: claim.id }, data: { note: "Elsewhere", version: { increment: 1 } } });
    await expect(updateClaim({ actor: checker, claimId: claim.id, input: { note: "Mine", version: first.version } })).rejects.toSatisfy(
      (error) => error instanceof AppError && error.code === "CONFLICT" && (error.details as { currentVersion: number }).currentVersion === 3,
    );
    expect(await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { note: true } })).toEqual({ note: "Elsewhere" });

    const again = await updateClaim({ actor: checker, claimId: claim.id, input: { note: "Mine", version: 3 } });
    await deleteClaim({ actor: checker, claimId: claim.id });
    await expect(updateClaim({ actor: checker, claimId: claim.id, input: { note: "Gone", version: again.version } })).rejects.toSatisfy(
      (error) => error instanceof AppError && error.code === "NOT_FOUND",
    );
    expect(await getDb().activityEvent.count({ where: { claimId: claim.id, action: "claim.updated" } })).toBe(2);
  });
});
