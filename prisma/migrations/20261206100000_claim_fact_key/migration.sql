-- Claims seen before (GET /api/claims/:id/similar): each claim's fact terms (amounts, dates,
-- places and word stems, as lib/similarity/fact-terms.ts reads its quote), space-separated, kept
-- by the app on every write of a quote. Earlier claims of the same fact are found through the
-- terms (a GIN index on them as an array): those containing the claim's rarer terms, and those
-- containing every term of a register name the claim mentions. NULL until computed: existing
-- claims are filled in by the start-up step that applies migrations (lib/dev/migrations.ts),
-- which the partial index makes cheap to find.
ALTER TABLE "Claim" ADD COLUMN "factKey" TEXT;
CREATE INDEX "Claim_factTerms_idx" ON "Claim" USING gin (string_to_array("factKey", ' '));
CREATE INDEX "Claim_factKey_missing_idx" ON "Claim" ("id") WHERE "factKey" IS NULL;
