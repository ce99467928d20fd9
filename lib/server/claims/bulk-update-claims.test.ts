import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { countQueries } from "@/lib/testing/count-queries";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import { updateArticle } from "../articles/update-article";
import { getDb } from "../db";
import { bulkUpdateClaims } from "./bulk-update-claims";
import { createClaim } from "./create-claim";
import { updateClaim } from "./update-claim";

describe("bulk claim updates", () => {
  it("changes every selected claim and logs each, or none when one is stale", async () => {
    const editor = await createTestUser("editor");
    const checker = await createTestUser("checker");
    const article = await createTestArticle(editor, "One two three four five six seven.");
    const claims = await Promise.all(["One", "three", "five"].map((quote) => createClaim({ actor: editor, articleId: article.id, input: { quote, kind: "other" } })));
    await updateClaim({ actor: editor, claimId: claims[2]!.id, input: { note: "changed meanwhile", version: 1 } });

    const stale = bulkUpdateClaims({ actor: editor, input: { claims: claims.map((claim) => ({ id: claim.id, version: 1 })), status: "verified" } });
    await expect(stale).rejects.toSatisfy(
      (error: unknown) => error instanceof AppError && error.code === "CONFLICT" && JSON.stringify(error.details) === JSON.stringify({ staleClaimIds: [claims[2]!.id] }),
    );
    expect(await getDb().claim.count({ where: { articleId: article.id, status: "verified" } })).toBe(0);

    const updated = await bulkUpdateClaims({
      actor: editor,
      input: {
        claims: [
          { id: claims[0]!.id, version: 1 },
          { id: claims[1]!.id, version: 1 },
          { id: claims[2]!.id, version: 2 },
        ],
        status: "in_progress",
        assigneeId: checker.id,
      },
    });
    expect(updated.map((claim) => [claim.status, claim.assignee?.id, claim.version])).toEqual([
      ["in_progress", checker.id, 2],
      ["in_progress", checker.id, 2],
      ["in_progress", checker.id, 3],
    ]);
    const events = await getDb().activityEvent.findMany({ where: { articleId: article.id, action: "claim.updated", after: { path: ["bulk"], equals: true } } });
    expect(events).toHaveLength(3);
  });

  it("costs the same number of queries for 2 claims as for 20", async () => {
    const editor = await createTestUser("editor");
    const article = await createTestArticle(editor, Array.from({ length: 20 }, (_, index) => `word${index}`).join(" "));
    const claims = await Promise.all(
      Array.from({ length: 20 }, (_, index) => createClaim({ actor: editor, articleId: article.id, input: { quote: `word${index}`, occurrence: 1, kind: "other" } })),
    );
    const few = await countQueries(() => bulkUpdateClaims({ actor: editor, input: { claims: claims.slice(0, 2).map((claim) => ({ id: claim.id, version: 1 })), kind: "name" } }));
    const many = await countQueries(() => bulkUpdateClaims({ actor: editor, input: { claims: claims.slice(2).map((claim) => ({ id: claim.id, version: 1 })), kind: "name" } }));
    // Both counts are real: zero would mean the query log is not being read.
    expect(few.queries).toBeGreaterThan(0);
    expect(many.queries).toBe(few.queries);
  });
});

describe("bulk verification of corrected claims", () => {
  it("records the correction of each claim judged wrong whose words were fixed, and only those", async () => {
    const editor = await createTestUser("editor");
    const article = await createTestArticle(editor, "Minister Karen Olsen and Mayor Ana Lima spoke on Monday.");
    const [karen, lima, monday] = await Promise.all(
      ["Minister Karen Olsen", "Mayor Ana Lima", "Monday"].map((quote) => createClaim({ actor: editor, articleId: article.id, input: { quote, kind: "other" } })),
    );
    for (const claim of [karen!, lima!]) await updateClaim({ actor: editor, claimId: claim.id, input: { status: "incorrect", version: claim.version } });
    // The editor fixes one name; the other incorrect claim keeps its words.
    await updateArticle({ actor: editor, articleId: article.id, input: { format: "text", content: "Minister Karin Olsen and Mayor Ana Lima spoke on Monday.", version: 1 } });
    const current = await getDb().claim.findMany({ where: { articleId: article.id }, select: { id: true, version: true } });
    const updated = await bulkUpdateClaims({ actor: editor, input: { claims: current.map(({ id, version }) => ({ id, version })), status: "verified" } });
    const byId = new Map(updated.map((claim) => [claim.id, claim]));
    expect(byId.get(karen!.id)).toMatchObject({ quote: "Minister Karin Olsen", correctedQuote: "Minister Karen Olsen", correctedStatus: "incorrect", previousQuote: null });
    expect(byId.get(lima!.id)).toMatchObject({ correctedQuote: null, correctedStatus: null });
    expect(byId.get(monday!.id)).toMatchObject({ correctedQuote: null });
    // Any other verdict clears the record.
    const again = await bulkUpdateClaims({ actor: editor, input: { claims: [{ id: karen!.id, version: byId.get(karen!.id)!.version }], status: "disputed" } });
    expect(again[0]).toMatchObject({ correctedQuote: null, correctedStatus: null });
  });
});
