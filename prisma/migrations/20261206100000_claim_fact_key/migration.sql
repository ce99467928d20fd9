-- Claims seen before (GET /api/claims/:id/similar): each claim's fact terms (amounts, dates,
-- places and word stems, as lib/similarity/fact-terms.ts reads its quote), kept by the app on
-- every write of a quote. Earlier claims are found by trigram distance between these keys (a
-- GiST index answers "nearest first" without reading every claim), and by a register name's
-- terms within a key (LIKE, the same index). NULL until computed: existing claims are filled in
-- by the start-up step that applies migrations (lib/dev/migrations.ts), which the partial index
-- makes cheap to find.
ALTER TABLE "Claim" ADD COLUMN "factKey" TEXT;
CREATE INDEX "Claim_factKey_trgm_idx" ON "Claim" USING gist ("factKey" gist_trgm_ops);
CREATE INDEX "Claim_factKey_missing_idx" ON "Claim" ("id") WHERE "factKey" IS NULL;
