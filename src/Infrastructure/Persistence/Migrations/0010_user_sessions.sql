-- Sessions instead of one row per user per day: a session opens on an authenticated request and is
-- extended by each later one; 30 minutes of silence closes it and the next request opens a new one.
-- DAU/MAU count users whose session overlaps the day (docs/metrics.md).

drop table user_sessions;

create table user_sessions (
    id            uuid primary key default gen_random_uuid(),
    user_id       uuid not null references users (id) on delete cascade,
    started_at    timestamptz not null,
    last_seen_at  timestamptz not null,
    request_count int not null default 1,
    constraint ck_user_sessions_seen check (last_seen_at >= started_at),
    constraint ck_user_sessions_request_count check (request_count >= 1)
);

-- The writer's "latest session of this user" look-up, and per-user activity history.
create index ix_user_sessions_user_last_seen on user_sessions (user_id, last_seen_at desc);
-- Active users in a time range: sessions that end after the range starts...
create index ix_user_sessions_last_seen on user_sessions (last_seen_at, user_id);
-- ...and start before it ends.
create index ix_user_sessions_started on user_sessions (started_at, user_id);
-- Activity by last_active_at (churn, "active in the last N days").
create index ix_users_last_active_at on users (last_active_at);
