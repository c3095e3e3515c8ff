-- Profiles, the social graph, mutes and blocks, and daily activity.

create table users (
    id                   uuid primary key,  -- the Supabase auth user id (JWT sub): no default
    email                text null,
    username             text not null,
    display_name         text not null,
    bio                  text null,
    interests            text[] not null default '{}',
    profile_picture_url  text null,
    profile_picture_path text null,
    timezone             text null,
    country_code         char(2) null,
    ip_hash              text null,
    role                 text not null default 'user',
    is_verified          boolean not null default false,
    is_anonymous         boolean not null default false,
    onboarding_completed boolean not null default false,
    followers_count      int not null default 0,
    following_count      int not null default 0,
    posts_count          int not null default 0,
    last_active_at       timestamptz null,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    constraint ck_users_role check (role in ('user', 'admin')),
    constraint ck_users_username_format check (username ~ '^[a-z0-9_]{3,30}$'),
    constraint ck_users_country_code check (country_code ~ '^[A-Z]{2}$'),
    constraint ck_users_counters check (followers_count >= 0 and following_count >= 0 and posts_count >= 0)
);

-- The format check already forces lower case; the index on lower() keeps uniqueness case-insensitive
-- even if the check is ever relaxed, and serves `where lower(username) = lower($1)`.
create unique index ux_users_username_lower on users (lower(username));
-- Search: prefix (LIKE 'q%') and similarity on username and display name.
create index ix_users_username_trgm on users using gin (username gin_trgm_ops);
create index ix_users_display_name_trgm on users using gin (display_name gin_trgm_ops);
-- Metrics: signups per day, popular users for suggestions.
create index ix_users_created_at on users (created_at);
create index ix_users_followers_count on users (followers_count desc, id);

create trigger trg_10_users_protect_counters before update on users
    for each row execute function protect_counter_columns('followers_count', 'following_count', 'posts_count');
-- last_active_at is activity, not a profile edit.
create trigger trg_20_users_updated_at before update on users
    for each row execute function set_updated_at('followers_count', 'following_count', 'posts_count', 'last_active_at');


create table follows (
    follower_id uuid not null references users (id) on delete cascade,
    followee_id uuid not null references users (id) on delete cascade,
    created_at  timestamptz not null default now(),
    constraint pk_follows primary key (follower_id, followee_id),
    constraint ck_follows_not_self check (follower_id <> followee_id)
);

-- Followers and following lists, newest first.
create index ix_follows_followee on follows (followee_id, created_at desc, follower_id desc);
create index ix_follows_follower on follows (follower_id, created_at desc, followee_id desc);

create function follows_counters() returns trigger
language plpgsql as $$
declare
    r follows;
    delta int;
begin
    if tg_op = 'INSERT' then r := new; delta := 1; else r := old; delta := -1; end if;
    -- Lock both users in id order: A following B while B follows A must not deadlock.
    perform 1 from users where id in (r.follower_id, r.followee_id) order by id for no key update;
    update users set following_count = following_count + delta where id = r.follower_id;
    update users set followers_count = followers_count + delta where id = r.followee_id;
    return null;
end;
$$;

create trigger trg_follows_counters after insert or delete on follows
    for each row execute function follows_counters();


create table content_filters (
    user_id        uuid not null references users (id) on delete cascade,
    target_user_id uuid not null references users (id) on delete cascade,
    kind           text not null,
    created_at     timestamptz not null default now(),
    constraint pk_content_filters primary key (user_id, target_user_id, kind),
    constraint ck_content_filters_kind check (kind in ('mute', 'block')),
    constraint ck_content_filters_not_self check (user_id <> target_user_id)
);

-- "Who blocked the viewer": the reverse direction of every visibility rule.
create index ix_content_filters_target on content_filters (target_user_id, kind, user_id);
-- The viewer's own lists, newest first.
create index ix_content_filters_user_kind on content_filters (user_id, kind, created_at desc);


-- One row per user per UTC day with activity: DAU, MAU and retention count rows here.
create table user_sessions (
    user_id      uuid not null references users (id) on delete cascade,
    day          date not null,
    started_at   timestamptz not null default now(),
    last_seen_at timestamptz not null default now(),
    constraint pk_user_sessions primary key (user_id, day),
    constraint ck_user_sessions_seen check (last_seen_at >= started_at)
);

create index ix_user_sessions_day on user_sessions (day, user_id);
