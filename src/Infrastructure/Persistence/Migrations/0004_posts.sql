-- Posts, their media, tickers and the ticker links.

create table posts (
    id              uuid primary key default gen_random_uuid(),
    author_id       uuid not null references users (id) on delete cascade,
    content         text not null default '',
    gif_url         text null,
    sentiment       text null,
    quoted_post_id  uuid null references posts (id) on delete set null,
    likes_count     int not null default 0,
    comments_count  int not null default 0,
    reposts_count   int not null default 0,
    quotes_count    int not null default 0,
    bookmarks_count int not null default 0,
    deleted_at      timestamptz null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    constraint ck_posts_content_length check (char_length(content) <= 1000),
    constraint ck_posts_gif_url check (gif_url is null or (gif_url ~ '^https://' and char_length(gif_url) <= 2048)),
    constraint ck_posts_sentiment check (sentiment in ('bullish', 'bearish')),
    constraint ck_posts_not_self_quote check (quoted_post_id <> id),
    constraint ck_posts_counters check (likes_count >= 0 and comments_count >= 0 and reposts_count >= 0
                                        and quotes_count >= 0 and bookmarks_count >= 0)
);

-- Keyset paging: `where deleted_at is null and (created_at, id) < ($1, $2) order by created_at desc, id desc`.
create index ix_posts_feed on posts (created_at desc, id desc) where deleted_at is null;
-- A user's posts and the following feed; not partial so that deleting a user finds every post.
create index ix_posts_author on posts (author_id, created_at desc, id desc);
create index ix_posts_quoted_post on posts (quoted_post_id) where quoted_post_id is not null;

create trigger trg_10_posts_protect_counters before update on posts
    for each row execute function protect_counter_columns(
        'likes_count', 'comments_count', 'reposts_count', 'quotes_count', 'bookmarks_count');
create trigger trg_20_posts_updated_at before update on posts
    for each row execute function set_updated_at(
        'likes_count', 'comments_count', 'reposts_count', 'quotes_count', 'bookmarks_count');


-- Uploaded files. A row starts unattached (post_id null) and is attached to one post at most once.
create table media (
    id           uuid primary key default gen_random_uuid(),
    owner_id     uuid not null references users (id) on delete cascade,
    bucket       text not null,
    path         text not null,
    url          text not null,
    content_type text not null,
    width        int not null,
    height       int not null,
    size_bytes   bigint not null,
    post_id      uuid null references posts (id) on delete cascade,
    position     smallint null,  -- order within the post
    created_at   timestamptz not null default now(),
    constraint ux_media_url unique (url),
    constraint ux_media_bucket_path unique (bucket, path),
    constraint ux_media_post_position unique (post_id, position),
    constraint ck_media_content_type check (content_type in ('image/jpeg', 'image/png', 'image/webp', 'image/gif')),
    constraint ck_media_dimensions check (width > 0 and height > 0),
    constraint ck_media_size check (size_bytes > 0),
    constraint ck_media_position check (position between 0 and 3)
);

-- Unattached uploads of a user (clean-up of files never used in a post).
create index ix_media_owner on media (owner_id, created_at);

create function media_attach_once() returns trigger
language plpgsql as $$
begin
    if old.post_id is not null and new.post_id is distinct from old.post_id then
        raise exception 'media % is already attached to post %', old.id, old.post_id
            using errcode = 'check_violation', constraint = 'ck_media_attach_once';
    end if;
    return new;
end;
$$;

create trigger trg_media_attach_once before update of post_id on media
    for each row execute function media_attach_once();


-- Symbols use the cashtag grammar of API.md: 1-9 letters or digits starting with a letter, then at
-- most one suffix (.X / -X with 1-2 letters, or _F), stored upper-case.
create table tickers (
    symbol            text primary key,
    name              text null,
    first_seen_at     timestamptz not null default now(),
    last_mentioned_at timestamptz not null default now(),
    posts_count       int not null default 0,
    constraint ck_tickers_symbol check (symbol ~ '^[A-Z][A-Z0-9]{0,8}([.-][A-Z]{1,2}|_F)?$'),
    constraint ck_tickers_posts_count check (posts_count >= 0)
);

-- Symbol prefix search (`symbol like 'AA%'`) whatever the database collation.
create index ix_tickers_symbol_prefix on tickers (symbol text_pattern_ops);
create index ix_tickers_last_mentioned on tickers (last_mentioned_at desc);

create trigger trg_10_tickers_protect_counters before update on tickers
    for each row execute function protect_counter_columns('posts_count');


-- created_at is a copy of the post's created_at (set by a trigger), so ticker pages and trending
-- windows page on one index without joining posts first.
create table post_tickers (
    post_id    uuid not null references posts (id) on delete cascade,
    symbol     text not null references tickers (symbol) on delete cascade,
    created_at timestamptz not null default now(),
    constraint pk_post_tickers primary key (post_id, symbol)
);

create index ix_post_tickers_symbol on post_tickers (symbol, created_at desc, post_id desc);
create index ix_post_tickers_created_at on post_tickers (created_at, symbol);

-- The application only inserts post_tickers rows: the ticker row is created here when the symbol is
-- new, so two posts naming a new symbol at once cannot collide.
create function post_tickers_before_insert() returns trigger
language plpgsql as $$
begin
    select p.created_at into new.created_at from posts p where p.id = new.post_id;
    if new.created_at is null then
        new.created_at := now();
    end if;
    insert into tickers (symbol, first_seen_at, last_mentioned_at)
    values (new.symbol, new.created_at, new.created_at)
    on conflict (symbol) do nothing;
    return new;
end;
$$;

create trigger trg_post_tickers_before_insert before insert on post_tickers
    for each row execute function post_tickers_before_insert();

-- tickers.posts_count counts links to live (not soft-deleted) posts.
create function post_tickers_counters() returns trigger
language plpgsql as $$
declare
    live boolean;
begin
    if tg_op = 'INSERT' then
        select p.deleted_at is null into live from posts p where p.id = new.post_id;
        if live then
            update tickers
               set posts_count = posts_count + 1,
                   last_mentioned_at = greatest(last_mentioned_at, new.created_at)
             where symbol = new.symbol;
        end if;
    else
        -- No post row: the post is being deleted, and posts_before_delete already removed its
        -- links while it could still tell whether the post was live.
        select p.deleted_at is null into live from posts p where p.id = old.post_id;
        if live then
            update tickers set posts_count = posts_count - 1 where symbol = old.symbol;
        end if;
    end if;
    return null;
end;
$$;

create trigger trg_post_tickers_counters after insert or delete on post_tickers
    for each row execute function post_tickers_counters();

-- users.posts_count, posts.quotes_count and tickers.posts_count count live posts only: insert, soft
-- delete (deleted_at set or cleared) and hard delete of a live post move them.
create function posts_counters() returns trigger
language plpgsql as $$
declare
    delta int := 0;
    r posts;
    sym text;
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
    -- Same lock order as creating a post: author, quoted post, then tickers by symbol.
    update users set posts_count = posts_count + delta where id = r.author_id;
    if r.quoted_post_id is not null then
        update posts set quotes_count = quotes_count + delta where id = r.quoted_post_id;
    end if;
    if tg_op = 'UPDATE' then
        for sym in select pt.symbol from post_tickers pt where pt.post_id = r.id order by pt.symbol loop
            update tickers set posts_count = posts_count + delta where symbol = sym;
        end loop;
    end if;
    return null;
end;
$$;

create trigger trg_posts_counters after insert or delete or update of deleted_at on posts
    for each row execute function posts_counters();

-- Runs before the row goes, while post_tickers_counters can still see whether the post was live.
create function posts_before_delete() returns trigger
language plpgsql as $$
begin
    delete from post_tickers where post_id = old.id;
    return old;
end;
$$;

create trigger trg_posts_before_delete before delete on posts
    for each row execute function posts_before_delete();


create table watchlist_items (
    user_id    uuid not null references users (id) on delete cascade,
    symbol     text not null,
    created_at timestamptz not null default now(),
    constraint pk_watchlist_items primary key (user_id, symbol),
    constraint ck_watchlist_items_symbol check (symbol ~ '^[A-Z][A-Z0-9]{0,8}([.-][A-Z]{1,2}|_F)?$')
);

create index ix_watchlist_items_symbol on watchlist_items (symbol);
