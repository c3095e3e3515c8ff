-- Indexes found missing by the query-plan tests over generated data (tests/Infrastructure.IntegrationTests/
-- Persistence/QueryPlans).

-- Following feed: live posts of the followed authors, read index-only (id and created_at are in the key), so a
-- page touches no heap page of posts. ix_posts_author stays for deleting a user, which must find every post.
create index ix_posts_author_live on posts (author_id, created_at desc, id desc) where deleted_at is null;

-- Suggestions: "shares your interests" finds users through an index instead of unnesting every user's interests.
-- Interests keep their first spelling and match case-insensitively, so the index holds them lower-cased; the query
-- must use the same expression: lower_text_array(interests) && $1.
create function lower_text_array(text[]) returns text[]
language sql immutable strict parallel safe
return (select coalesce(array_agg(lower(x)), '{}') from unnest($1) as x);

create index ix_users_interests_lower on users using gin (lower_text_array(interests));
