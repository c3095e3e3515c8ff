-- Statistics on the full-text document of posts. The partial index ix_posts_content_fts gives the planner none (it
-- ignores a partial index's expression statistics), so it assumed 0.5% of posts match any word: it read every match
-- of a common word through the index. With the word frequencies it walks ix_posts_feed newest first for a common word
-- (a few posts per match) and uses the full-text index for a rare one. ANALYZE fills them now (about 2 s at 1M posts).
create statistics st_posts_content_document on (to_tsvector('simple', content)) from posts;
analyze posts;
