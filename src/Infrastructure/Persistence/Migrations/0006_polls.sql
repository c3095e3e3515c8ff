-- Polls attached to posts.

create table polls (
    id         uuid primary key default gen_random_uuid(),
    post_id    uuid not null references posts (id) on delete cascade,
    ends_at    timestamptz not null,
    created_at timestamptz not null default now(),
    constraint ux_polls_post unique (post_id),
    constraint ck_polls_ends_after_start check (ends_at > created_at)
);

create table poll_options (
    id          uuid primary key default gen_random_uuid(),
    poll_id     uuid not null references polls (id) on delete cascade,
    position    smallint not null,
    text        text not null,
    votes_count int not null default 0,
    constraint ux_poll_options_position unique (poll_id, position),
    -- Target of poll_votes' option key: a vote's option must belong to the voted poll.
    constraint ux_poll_options_poll_id unique (poll_id, id),
    constraint ck_poll_options_position check (position between 0 and 3),
    constraint ck_poll_options_text check (char_length(text) between 1 and 200),
    constraint ck_poll_options_votes_count check (votes_count >= 0)
);

create trigger trg_10_poll_options_protect_counters before update on poll_options
    for each row execute function protect_counter_columns('votes_count');

-- One final vote per user and poll: the primary key refuses a second one, even when two race.
create table poll_votes (
    poll_id    uuid not null references polls (id) on delete cascade,
    option_id  uuid not null,
    user_id    uuid not null references users (id) on delete cascade,
    created_at timestamptz not null default now(),
    constraint pk_poll_votes primary key (poll_id, user_id),
    constraint fk_poll_votes_option foreign key (poll_id, option_id)
        references poll_options (poll_id, id) on delete cascade
);

create index ix_poll_votes_option on poll_votes (option_id);
create index ix_poll_votes_user on poll_votes (user_id);

create function poll_votes_counters() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        update poll_options set votes_count = votes_count + 1 where id = new.option_id;
    else
        update poll_options set votes_count = votes_count - 1 where id = old.option_id;
    end if;
    return null;
end;
$$;

create trigger trg_poll_votes_counters after insert or delete on poll_votes
    for each row execute function poll_votes_counters();
