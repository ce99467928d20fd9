import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import { createClaim } from "../claims/create-claim";
import { getClaimHistory } from "../claims/get-claim-history";
import { getDb } from "../db";
import { acceptSuggestions, dismissSuggestion, listSuggestions } from "./suggestions";

const TEXT = "Foreign Minister Ana Lima arrived in Lisbon on 3 March 2026 with 27 advisers.\n\n“We have a deal,” Lima told reporters.";

describe("claim suggestions", () => {
  it("lists what is not marked yet, accepts one as a claim recorded as such, and forgets dismissed words", async () => {
    const checker = await createTestUser("checker");
    const article = await createTestArticle(await createTestUser("editor"), TEXT);
    await createClaim({ actor: checker, articleId: article.id, input: { quote: "27 advisers", kind: "number" } });

    const first = await listSuggestions({ actor: checker, articleId: article.id });
    const quotes = first.suggestions.map((suggestion) => `${suggestion.kind}: ${suggestion.quote}`);
    expect(quotes).toEqual(expect.arrayContaining(["title: Foreign Minister Ana Lima", "place: Lisbon", "date: 3 March 2026", "quote: “We have a deal,”"]));
    expect(quotes).not.toContain("number: 27 advisers");
    expect(first.coverage).toMatchObject({ covered: 1 });
    expect(first.coverage.sentences).toBeGreaterThan(1);

    const title = first.suggestions.find((suggestion) => suggestion.kind === "title")!;
    const [claim] = await acceptSuggestions({ actor: checker, articleId: article.id, ids: [title.id] });
    expect(claim).toMatchObject({ kind: "title", quote: "Foreign Minister Ana Lima", start: 0, status: "unchecked" });
    const history = await getClaimHistory({ actor: checker, claimId: claim!.id });
    expect(history[0]).toMatchObject({ action: "claim.created", after: { from: "suggestion" } });
    await expect(acceptSuggestions({ actor: checker, articleId: article.id, ids: [title.id] })).rejects.toSatisfy(
      (error: unknown) => error instanceof AppError && error.code === "NOT_FOUND",
    );

    // What the suggestion said about a quote is a hint beside the claim, never the checker's note.
    const quote = first.suggestions.find((suggestion) => suggestion.kind === "quote")!;
    const [quoted] = await acceptSuggestions({ actor: checker, articleId: article.id, ids: [quote.id] });
    expect(quoted).toMatchObject({ kind: "quote", note: "" });
    expect(quote.detail).toBeTruthy();
    expect(quoted!.hint).toBe(`Suggested: ${quote.detail}.`);

    const place = first.suggestions.find((suggestion) => suggestion.kind === "place")!;
    await dismissSuggestion({ actor: checker, articleId: article.id, id: place.id });
    const after = await listSuggestions({ actor: checker, articleId: article.id });
    expect(after.suggestions.map((suggestion) => suggestion.id)).not.toContain(place.id);
    expect(after.suggestions.map((suggestion) => suggestion.id)).not.toContain(title.id);
    expect(await getDb().suggestionDismissal.count({ where: { articleId: article.id } })).toBe(1);
  });

  it("accepts all of a kind at once, and refuses a viewer", async () => {
    const editor = await createTestUser("editor");
    const article = await createTestArticle(editor, "On 3 March 2026 and 4 April 2026 and 5 May 2026 they met.");
    const viewer = await createTestUser("viewer");
    await expect(acceptSuggestions({ actor: viewer, articleId: article.id, kind: "date" })).rejects.toSatisfy(
      (error: unknown) => error instanceof AppError && error.code === "FORBIDDEN",
    );
    const claims = await acceptSuggestions({ actor: editor, articleId: article.id, kind: "date" });
    expect(claims.map((claim) => claim.quote)).toEqual(["3 March 2026", "4 April 2026", "5 May 2026"]);
    const left = await listSuggestions({ actor: viewer, articleId: article.id });
    expect(left.suggestions.filter((suggestion) => suggestion.kind === "date")).toEqual([]);
  });
});
