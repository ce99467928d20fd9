-- One search across the desk (GET /api/search): claims (quote, note), sources (title, publisher,
-- excerpt, address) and comments get full-text vectors like the article's (English stemming,
-- weights for what matters most), kept by Postgres as generated columns with GIN indexes.
-- Each text is searched by its first 20,000 characters, so no vector can reach the 1 MB a
-- tsvector holds (a quote or note that long is a paragraph, not a claim).
-- A source's contact (how to reach a person) is never searched: it leaves the server for nobody
-- but the people checking the claim.
ALTER TABLE "Claim" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, left("quote", 20000)), 'A') || setweight(to_tsvector('english'::regconfig, left("note", 20000)), 'B')
) STORED;
CREATE INDEX "Claim_search_idx" ON "Claim" USING gin ("search");

ALTER TABLE "Source" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, left("title", 20000)), 'A') || setweight(to_tsvector('english'::regconfig, left("publisher", 20000)), 'B')
    || setweight(to_tsvector('english'::regconfig, left("excerpt", 20000)), 'C') || setweight(to_tsvector('english'::regconfig, left("url", 20000)), 'D')
) STORED;
CREATE INDEX "Source_search_idx" ON "Source" USING gin ("search");

ALTER TABLE "Comment" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, left("body", 20000))) STORED;
CREATE INDEX "Comment_search_idx" ON "Comment" USING gin ("search");

-- Part of a name ("Rubi" while typing "Rubio") in a register entry's titles: trigram matching, as
-- its names already have (RegisterName_normalized_trgm_idx).
CREATE INDEX "RegisterTitle_normalized_trgm_idx" ON "RegisterTitle" USING gin ("normalized" gin_trgm_ops);
