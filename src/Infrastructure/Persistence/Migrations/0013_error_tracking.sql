-- Error tracking: error_logs rows become groups. Reports with the same fingerprint (message + top stack
-- frame; backend: exception type + message + top frame) add to one open group's occurrence count instead of
-- adding rows, so a browser stuck in an error loop cannot fill the table. A resolved group that recurs opens
-- a new group: the unique index covers open groups only.

alter table error_logs
    add column fingerprint    text null,
    add column occurrences    int not null default 1,
    add column last_seen_at   timestamptz null,
    add column route          text null,
    add column method         text null,
    add column status_code    int null,
    add column exception_type text null;

-- Rows written before this migration, or later without a fingerprint, each form their own group.
update error_logs set fingerprint = id::text, last_seen_at = created_at;

alter table error_logs
    alter column fingerprint set default gen_random_uuid()::text,
    alter column fingerprint set not null,
    alter column last_seen_at set not null,
    alter column last_seen_at set default now(),
    add constraint ck_error_logs_occurrences check (occurrences >= 1),
    add constraint ck_error_logs_seen check (last_seen_at >= created_at),
    add constraint ck_error_logs_status_code check (status_code between 100 and 599),
    add constraint ck_error_logs_fingerprint_length check (char_length(fingerprint) <= 64);

-- The target of the writer's `insert ... on conflict (source, fingerprint) where not resolved do update`.
create unique index ux_error_logs_open_fingerprint on error_logs (source, fingerprint) where not resolved;

-- GET /errors: most recently seen first, optionally by resolved and source.
create index ix_error_logs_last_seen on error_logs (last_seen_at desc, id desc);
create index ix_error_logs_filters_last_seen on error_logs (resolved, source, last_seen_at desc, id desc);
