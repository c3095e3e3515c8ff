-- Full-text post search: `to_tsvector('simple', content) @@ websearch_to_tsquery('simple', $1)`, ranked by ts_rank.
-- 'simple' neither stems nor drops stop words: posts mix languages, tickers and trading jargon ("calls", "puts").
-- An expression index rather than a stored tsvector column: no extra column to keep, and only live posts are indexed.
create index ix_posts_content_fts on posts using gin (to_tsvector('simple', content)) where deleted_at is null;
