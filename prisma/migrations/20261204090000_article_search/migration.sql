-- The article list's search: title and text as one full-text vector (English stemming, the title
-- weighted above the text), kept by Postgres itself as a generated column with a GIN index.
-- A tsvector holds at most 1 MB: a text of unusually many distinct words (up to 2,000,000
-- characters are allowed) would exceed it and refuse the save, so such a text is searched by its
-- first 100,000 characters (about 16,000 words) instead. The function is immutable (a fixed
-- configuration), as a generated column requires.
CREATE FUNCTION article_search_vector(title text, body text) RETURNS tsvector LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
  AS E'BEGIN RETURN setweight(to_tsvector(''english'', title), ''A'') || setweight(to_tsvector(''english'', body), ''B'')\x3b EXCEPTION WHEN program_limit_exceeded THEN RETURN setweight(to_tsvector(''english'', title), ''A'') || setweight(to_tsvector(''english'', left(body, 100000)), ''B'')\x3b END';

ALTER TABLE "Article" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (article_search_vector("title", "text")) STORED;

CREATE INDEX "Article_search_idx" ON "Article" USING gin ("search");

-- Part of a title word ("Lisb" while typing "Lisbon") is found with ILIKE: a trigram index serves
-- it, so a search is two index lookups or-ed together rather than a scan of every article.
CREATE INDEX "Article_title_trgm_idx" ON "Article" USING gin ("title" gin_trgm_ops);

-- Filters: the state, the lead checker and when the article was created (a sort).
CREATE INDEX "Article_state_updatedAt_idx" ON "Article"("state", "updatedAt");
CREATE INDEX "Article_leadCheckerId_idx" ON "Article"("leadCheckerId");
CREATE INDEX "Article_createdAt_idx" ON "Article"("createdAt");
