-- Comments, likes, reposts and bookmarks.

create table comments (
    id            uuid primary key default gen_random_uuid(),
    post_id       uuid not null references posts (id) on delete cascade,
    author_id     uuid not null references users (id) on delete cascade,
    parent_id     uuid null,
    content       text not null,
    likes_count   int not null default 0,
    replies_count int not null default 0,
    deleted_at    timestamptz null,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    -- Target of the parent key below: a reply must belong to its parent's post.
    constraint ux_comments_post_id unique (post_id, id),
    constraint fk_comments_parent foreign key (post_id, parent_id)
        references comments (post_id, id) on delete cascade,
    constraint ck_comments_content_length check (char_length(content) between 1 and 1000),
    constraint ck_comments_not_own_parent check (parent_id <> id),
    constraint ck_comments_counters check (likes_count >= 0 and replies_count >= 0)
);

-- A post's comments, oldest first; not partial so that deleting a post finds every comment.
create index ix_comments_post on comments (post_id, created_at, id);
create index ix_comments_parent on comments (parent_id, created_at, id) where parent_id is not null;
create index ix_comments_author on comments (author_id, created_at desc);
-- Metrics: comments per day.
create index ix_comments_created_at on comments (created_at);

create trigger trg_10_comments_protect_counters before update on comments
    for each row execute function protect_counter_columns('likes_count', 'replies_count');
create trigger trg_20_comments_updated_at before update on comments
    for each row execute function set_updated_at('likes_count', 'replies_count');

-- posts.comments_count counts the post's live comments (replies included); comments.replies_count
-- counts a comment's live direct replies.
create function comments_counters() returns trigger
language plpgsql as $$
declare
    delta int := 0;
    r comments;
begin
    if tg_op = 'INSERT' then
        r := new;
        if new.deleted_at is null then delta := 1; end if;
    elsif tg_op = 'DELETE' then
        r := old;
        if old.deleted_at is null then delta := -1; end if;
    else
        r := new;
        if old.deleted_at is null and new.deleted_at is not null then delta := -1;
        elsif old.deleted_at is not null and new.deleted_at is null then delta := 1;
        end if;
    end if;
    if delta = 0 then
        return null;
    end if;
    update posts set comments_count = comments_count + delta where id = r.post_id;
    if r.parent_id is not null then
        update comments set replies_count = replies_count + delta where id = r.parent_id;
    end if;
    return null;
end;
$$;

create trigger trg_comments_counters after insert or delete or update of deleted_at on comments
    for each row execute function comments_counters();


-- A like on a post or a comment. The primary key makes the like toggle race-safe. post_id and
-- comment_id are derived from the target so that real foreign keys hold and cascade.
create table reactions (
    user_id     uuid not null references users (id) on delete cascade,
    target_type text not null,
    target_id   uuid not null,
    created_at  timestamptz not null default now(),
    post_id     uuid generated always as (case when target_type = 'post' then target_id end) stored
                references posts (id) on delete cascade,
    comment_id  uuid generated always as (case when target_type = 'comment' then target_id end) stored
                references comments (id) on delete cascade,
    constraint pk_reactions primary key (user_id, target_type, target_id),
    constraint ck_reactions_target_type check (target_type in ('post', 'comment'))
);

create index ix_reactions_target on reactions (target_type, target_id, created_at desc);
create index ix_reactions_post on reactions (post_id) where post_id is not null;
create index ix_reactions_comment on reactions (comment_id) where comment_id is not null;
create index ix_reactions_created_at on reactions (created_at);

create function reactions_counters() returns trigger
language plpgsql as $$
declare
    r reactions;
    delta int;
begin
    if tg_op = 'INSERT' then r := new; delta := 1; else r := old; delta := -1; end if;
    if r.target_type = 'post' then
        update posts set likes_count = likes_count + delta where id = r.target_id;
    else
        update comments set likes_count = likes_count + delta where id = r.target_id;
    end if;
    return null;
end;
$$;

create trigger trg_reactions_counters after insert or delete on reactions
    for each row execute function reactions_counters();


-- A plain repost; a quote is a post with quoted_post_id.
create table reposts (
    user_id    uuid not null references users (id) on delete cascade,
    post_id    uuid not null references posts (id) on delete cascade,
    created_at timestamptz not null default now(),
    constraint pk_reposts primary key (user_id, post_id)
);

create index ix_reposts_post on reposts (post_id);
create index ix_reposts_user on reposts (user_id, created_at desc, post_id desc);
create index ix_reposts_created_at on reposts (created_at);

create function reposts_counters() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        update posts set reposts_count = reposts_count + 1 where id = new.post_id;
    else
        update posts set reposts_count = reposts_count - 1 where id = old.post_id;
    end if;
    return null;
end;
$$;

create trigger trg_reposts_counters after insert or delete on reposts
    for each row execute function reposts_counters();


create table bookmarks (
    user_id    uuid not null references users (id) on delete cascade,
    post_id    uuid not null references posts (id) on delete cascade,
    created_at timestamptz not null default now(),
    constraint pk_bookmarks primary key (user_id, post_id)
);

-- The viewer's bookmarks, newest bookmark first.
create index ix_bookmarks_user on bookmarks (user_id, created_at desc, post_id desc);
create index ix_bookmarks_post on bookmarks (post_id);

create function bookmarks_counters() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        update posts set bookmarks_count = bookmarks_count + 1 where id = new.post_id;
    else
        update posts set bookmarks_count = bookmarks_count - 1 where id = old.post_id;
    end if;
    return null;
end;
$$;

create trigger trg_bookmarks_counters after insert or delete on bookmarks
    for each row execute function bookmarks_counters();
