-- Trigram indexes for user search (similarity and ILIKE on username and display name).
-- gen_random_uuid() is built into PostgreSQL 13+, so pgcrypto is not needed; usernames are
-- compared through lower() with a unique index, so citext is not needed either.
create extension if not exists pg_trgm;
