-- Moderation reports, error logs and idempotency keys.

create table reports (
    id          uuid primary key default gen_random_uuid(),
    reporter_id uuid not null references users (id) on delete cascade,
    target_type text not null,
    target_id   uuid not null,  -- no foreign key: a report outlives the content it names
    reason      text not null,
    details     text null,
    status      text not null default 'open',
    resolved_by uuid null references users (id) on delete set null,
    resolved_at timestamptz null,
    action      text null,
    created_at  timestamptz not null default now(),
    constraint ck_reports_target_type check (target_type in ('post', 'comment', 'user')),
    constraint ck_reports_reason check (reason in ('spam', 'harassment', 'inappropriate', 'misinformation', 'other')),
    constraint ck_reports_details_length check (char_length(details) <= 1000),
    constraint ck_reports_status check (status in ('open', 'resolved', 'dismissed')),
    constraint ck_reports_resolved_at check ((status = 'open') = (resolved_at is null)),
    constraint ck_reports_action_length check (char_length(action) <= 200)
);

-- One open report per reporter and target; a closed report does not block a new one.
create unique index ux_reports_open_per_reporter_target on reports (reporter_id, target_type, target_id)
    where status = 'open';
-- The moderation queue, newest first.
create index ix_reports_status on reports (status, created_at desc, id desc);
create index ix_reports_target on reports (target_type, target_id);


create table error_logs (
    id          uuid primary key default gen_random_uuid(),
    source      text not null,
    level       text not null default 'error',
    message     text not null,
    stack       text null,
    url         text null,
    user_agent  text null,
    context     jsonb null,
    user_id     uuid null references users (id) on delete set null,
    request_id  text null,
    resolved    boolean not null default false,
    resolved_at timestamptz null,
    resolved_by uuid null references users (id) on delete set null,
    created_at  timestamptz not null default now(),
    constraint ck_error_logs_source check (source in ('backend', 'frontend')),
    constraint ck_error_logs_level check (level in ('debug', 'info', 'warning', 'error', 'fatal')),
    constraint ck_error_logs_resolved_at check (resolved = (resolved_at is not null))
);

create index ix_error_logs_created_at on error_logs (created_at desc, id desc);
create index ix_error_logs_filters on error_logs (resolved, source, created_at desc, id desc);


-- Idempotency-Key of POST /posts, kept 24 hours per user. The primary key lets exactly one of two
-- racing requests with the same key proceed; response_status is null while that one runs.
create table idempotency_keys (
    user_id         uuid not null references users (id) on delete cascade,
    key             text not null,
    request_hash    text not null,
    response_status int null,
    response_body   jsonb null,
    created_at      timestamptz not null default now(),
    constraint pk_idempotency_keys primary key (user_id, key),
    constraint ck_idempotency_keys_key_length check (char_length(key) between 1 and 100),
    constraint ck_idempotency_keys_status check (response_status between 100 and 599)
);

-- Expiry sweep: `delete from idempotency_keys where created_at < now() - interval '24 hours'`.
create index ix_idempotency_keys_created_at on idempotency_keys (created_at);
