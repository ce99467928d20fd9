import { describe, expect, it } from "vitest";
import type { ClaimDto } from "@/lib/dto";
import { AppError } from "@/lib/errors/app-error";
import { ALL_CLAIMS, textFingerprint } from "@/lib/reports/build-report";
import { ZReportSchema } from "@/lib/reports/report-schema";
import { countQueries } from "@/lib/testing/count-queries";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import { composeCorrectionsMemo } from "@/lib/reports/compose-corrections";
import { composeVerifiedReport } from "@/lib/reports/compose-verified";
import { updateArticle } from "../articles/update-article";
import { transitionArticle } from "../articles/transition-article";
import { createClaim } from "../claims/create-claim";
import { listClaims } from "../claims/list-claims";
import { updateClaim } from "../claims/update-claim";
import { addComment } from "../comments/comments";
import { addSource } from "../sources/add-source";
import { getReport } from "./get-report";

const TEXT = "Mayor Elena Vasquez said 40 buses run.\n\nThe line opened in May 2024.";

async function articleWithClaims(count: number) {
  const checker = await createTestUser("checker");
  const article = await createTestArticle(await createTestUser("editor"), TEXT);
  const quotes = ["Elena Vasquez", "40 buses", "May 2024", "Mayor", "opened"].slice(0, count);
  for (const quote of quotes) {
    const claim = await createClaim({ actor: checker, articleId: article.id, input: { quote, kind: "other" } });
    await addSource({ actor: checker, claimId: claim.id, input: { url: "https://example.org/a", title: `Source for ${quote}` } });
    await addSource({ actor: checker, claimId: claim.id, input: { kind: "person", confidential: true, title: "Aide", contact: "555" } });
    await addComment({ actor: checker, claimId: claim.id, body: `Checked ${quote}` });
  }
  return { checker, article };
}

describe("getReport", () => {
  it("reads the article, its claims, sources and discussions in a constant number of queries", async () => {
    const small = await articleWithClaims(1);
    const large = await articleWithClaims(5);
    const filters = { statuses: null, kinds: null, assignees: null, notes: true, comments: true };
    const one = await countQueries(() => getReport({ actor: small.checker, articleId: small.article.id, type: "verified", filters }));
    const five = await countQueries(() => getReport({ actor: large.checker, articleId: large.article.id, type: "verified", filters }));
    expect(five.result.claims).toHaveLength(5);
    expect(five.result.claims[0]!.comments).toHaveLength(1);
    expect(one.queries).toBeGreaterThan(0);
    expect(five.queries).toBe(one.queries);
  });

  it("fingerprints the text it covers, matches the published schema and redacts confidential sources", async () => {
    const { checker, article } = await articleWithClaims(1);
    const [claim] = await listClaims({ actor: checker, articleId: article.id });
    await updateClaim({ actor: checker, claimId: claim!.id, input: { status: "verified", version: claim!.version } });
    const report = await getReport({ actor: checker, articleId: article.id, type: "verified", filters: { ...ALL_CLAIMS, comments: true } });
    expect(() => ZReportSchema.parse(report)).not.toThrow();
    expect(report.claims[0]).toMatchObject({ status: "verified", statusChangedBy: { id: checker.id }, comments: [{ body: "Checked Elena Vasquez", author: { id: checker.id } }] });
    expect(report.claims[0]!.statusChangedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Math.abs(Date.parse(report.claims[0]!.statusChangedAt!) - Date.now())).toBeLessThan(60_000);
    expect(report.article.fingerprint).toBe(textFingerprint(TEXT));
    expect(report.article.revision).toBe(1);
    expect(report.claims[0]!.sources).toEqual([expect.objectContaining({ confidential: false, title: "Source for Elena Vasquez" }), { confidential: true, kind: "person" }]);
  });

  it("includes the article's own discussion when it includes discussions, in its section of the document", async () => {
    const { checker, article } = await articleWithClaims(1);
    await addComment({ actor: checker, articleId: article.id, body: "Headline figure checked against the city's table." });
    const withComments = await getReport({ actor: checker, articleId: article.id, type: "verified", filters: { ...ALL_CLAIMS, comments: true } });
    expect(() => ZReportSchema.parse(withComments)).not.toThrow();
    expect(withComments.discussion).toEqual([
      expect.objectContaining({ body: "Headline figure checked against the city's table.", author: { id: checker.id, name: checker.name } }),
    ]);
    // The claim's thread keeps only its own comments.
    expect(withComments.claims[0]!.comments?.map((comment) => comment.body)).toEqual(["Checked Elena Vasquez"]);
    const blocks = JSON.stringify(composeVerifiedReport(withComments).blocks);
    expect(blocks).toContain("Article discussion");
    expect(blocks).toContain("Headline figure checked");
    expect((await getReport({ actor: checker, articleId: article.id, type: "verified" })).discussion).toBeNull();
  });

  it("answers NOT_FOUND for an unknown article", async () => {
    const viewer = await createTestUser("viewer");
    await expect(getReport({ actor: viewer, articleId: "nosucharticle", type: "corrections" })).rejects.toSatisfy(
      (error: unknown) => error instanceof AppError && error.code === "NOT_FOUND",
    );
  });
});

describe("a corrected claim in the corrections memo", () => {
  it("is listed with its words as judged and as corrected until sign-off", async () => {
    const editor = await createTestUser("editor");
    const checker = await createTestUser("checker");
    const article = await createTestArticle(editor, "Finance Minister Karen Olsen presented the budget.");
    let claim: ClaimDto = await createClaim({ actor: checker, articleId: article.id, input: { quote: "Finance Minister Karen Olsen", kind: "title" } });
    await updateClaim({ actor: checker, claimId: claim.id, input: { status: "incorrect", note: "She is Karin.", version: claim.version } });
    const edited = await updateArticle({
      actor: editor,
      articleId: article.id,
      input: { format: "text", content: "Finance Minister Karin Olsen presented the budget.", version: 1 },
    });
    claim = (await listClaims({ actor: checker, articleId: article.id }))[0]!;
    expect(claim).toMatchObject({ quote: "Finance Minister Karin Olsen", needsRecheck: true, previousQuote: "Finance Minister Karen Olsen" });
    await addSource({ actor: checker, claimId: claim.id, input: { url: "https://gov.example/cabinet", title: "Cabinet" } });
    claim = (await listClaims({ actor: checker, articleId: article.id }))[0]!;
    const verified = await updateClaim({ actor: checker, claimId: claim.id, input: { status: "verified", version: claim.version } });
    expect(verified).toMatchObject({ previousQuote: null, needsRecheck: false, correctedQuote: "Finance Minister Karen Olsen", correctedStatus: "incorrect" });

    const memo = await getReport({ actor: checker, articleId: article.id, type: "corrections" });
    expect(memo.claims[0]!.correctedFrom).toEqual({ quote: "Finance Minister Karen Olsen", status: "incorrect" });
    const { blocks } = composeCorrectionsMemo(memo);
    const lines = JSON.stringify(blocks);
    expect(lines).toContain("Corrected (1)");
    expect(lines).toContain("As judged (incorrect):");
    expect(lines).toContain("1 claim was corrected since judged.");

    // Verified again on the same words (no correction): nothing is recorded.
    const other = await createTestArticle(editor, "The line opened in May 2024.");
    const plain = await createClaim({ actor: checker, articleId: other.id, input: { quote: "May 2024", kind: "date" } });
    const wrong = await updateClaim({ actor: checker, claimId: plain.id, input: { status: "incorrect", version: plain.version } });
    expect(await updateClaim({ actor: checker, claimId: plain.id, input: { status: "verified", version: wrong.version } })).toMatchObject({ correctedQuote: null });

    // Signed off: the memo's record of corrections is done.
    await transitionArticle({ actor: editor, articleId: article.id, to: "in_check" });
    await transitionArticle({ actor: checker, articleId: article.id, to: "checked" });
    await transitionArticle({ actor: editor, articleId: article.id, to: "signed_off" });
    expect((await getReport({ actor: checker, articleId: article.id, type: "corrections" })).claims).toEqual([]);
    expect((await listClaims({ actor: checker, articleId: article.id }))[0]).toMatchObject({ status: "verified", correctedQuote: null, correctedStatus: null });
    expect(edited.article.version).toBe(2);
  });
});
