-- The 1000-character limits of posts and comments count user-perceived characters (an emoji counts once),
-- which the application checks. A family emoji is five code points, so the database's own bound is a
-- generous safety net in code points rather than the user-facing limit.
alter table posts drop constraint ck_posts_content_length;
alter table posts add constraint ck_posts_content_length check (char_length(content) <= 16000);

alter table comments drop constraint ck_comments_content_length;
alter table comments add constraint ck_comments_content_length check (char_length(content) between 1 and 16000);
