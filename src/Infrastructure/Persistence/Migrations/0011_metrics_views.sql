-- Admin metrics (docs/metrics.md). Every per-day figure is defined once, in the functions below: the
-- materialized views cache them for completed UTC days and the API computes missing days (today, or
-- anything the last refresh did not cover) by calling the same functions, so the two cannot drift.

-- Per-day counts of follows and poll votes need a created_at range scan like the other action tables have.
create index ix_follows_created_at on follows (created_at);
create index ix_poll_votes_created_at on poll_votes (created_at);

-- The first instant of a UTC day, whatever the session's TimeZone setting.
create function metrics_day_start(d date) returns timestamptz
language sql immutable parallel safe
as $$ select d::timestamp at time zone 'UTC' $$;

-- Every counted action, one row each: the user, the UTC day and the kind. Soft-deleted posts and comments
-- do not count; removed reactions, reposts, follows and votes no longer exist, so they do not count either.
create function metrics_actions(from_day date, to_day date)
returns table (day date, user_id uuid, action text)
language sql stable
as $$
    select (p.created_at at time zone 'UTC')::date, p.author_id, 'post'
    from posts p
    where p.deleted_at is null
      and p.created_at >= metrics_day_start(from_day) and p.created_at < metrics_day_start(to_day + 1)
    union all
    select (c.created_at at time zone 'UTC')::date, c.author_id, 'comment'
    from comments c
    where c.deleted_at is null
      and c.created_at >= metrics_day_start(from_day) and c.created_at < metrics_day_start(to_day + 1)
    union all
    select (r.created_at at time zone 'UTC')::date, r.user_id, 'reaction'
    from reactions r
    where r.created_at >= metrics_day_start(from_day) and r.created_at < metrics_day_start(to_day + 1)
    union all
    select (r.created_at at time zone 'UTC')::date, r.user_id, 'repost'
    from reposts r
    where r.created_at >= metrics_day_start(from_day) and r.created_at < metrics_day_start(to_day + 1)
    union all
    select (f.created_at at time zone 'UTC')::date, f.follower_id, 'follow'
    from follows f
    where f.created_at >= metrics_day_start(from_day) and f.created_at < metrics_day_start(to_day + 1)
    union all
    select (v.created_at at time zone 'UTC')::date, v.user_id, 'poll_vote'
    from poll_votes v
    where v.created_at >= metrics_day_start(from_day) and v.created_at < metrics_day_start(to_day + 1)
$$;

-- Every (user, UTC day) pair where a session of the user overlaps the day.
create function metrics_active_days(from_day date, to_day date)
returns table (day date, user_id uuid)
language sql stable
as $$
    select distinct g.day, s.user_id
    from user_sessions s
    cross join lateral (
        select d::date as day
        from generate_series((s.started_at at time zone 'UTC')::date, (s.last_seen_at at time zone 'UTC')::date, interval '1 day') d
    ) g
    where s.last_seen_at >= metrics_day_start(from_day) and s.started_at < metrics_day_start(to_day + 1)
      and g.day between from_day and to_day
$$;

-- One row per UTC day of [from_day, to_day]: active users (day, 7-day and 30-day windows ending that day),
-- signups, registered users at the end of the day, and actions created that day.
create function metrics_daily(from_day date, to_day date)
returns table (
    day date, dau int, wau int, mau int, signups int, users_total int,
    posts int, comments int, reactions int, reposts int, follows int, poll_votes int)
language sql stable
as $$
    with days as (
        select d::date as day from generate_series(from_day, to_day, interval '1 day') d
    ),
    active as (
        select d.day,
               count(distinct a.user_id) filter (where a.day = d.day)::int as dau,
               count(distinct a.user_id) filter (where a.day > d.day - 7)::int as wau,
               count(distinct a.user_id)::int as mau
        from days d
        join metrics_active_days(from_day - 29, to_day) a on a.day between d.day - 29 and d.day
        group by d.day
    ),
    signups as (
        select (u.created_at at time zone 'UTC')::date as day, count(*)::int as n
        from users u
        where u.created_at >= metrics_day_start(from_day) and u.created_at < metrics_day_start(to_day + 1)
        group by 1
    ),
    actions as (
        select a.day,
               count(*) filter (where a.action = 'post')::int as posts,
               count(*) filter (where a.action = 'comment')::int as comments,
               count(*) filter (where a.action = 'reaction')::int as reactions,
               count(*) filter (where a.action = 'repost')::int as reposts,
               count(*) filter (where a.action = 'follow')::int as follows,
               count(*) filter (where a.action = 'poll_vote')::int as poll_votes
        from metrics_actions(from_day, to_day) a
        group by a.day
    )
    select d.day,
           coalesce(ac.dau, 0), coalesce(ac.wau, 0), coalesce(ac.mau, 0),
           coalesce(s.n, 0),
           ((select count(*) from users u where u.created_at < metrics_day_start(from_day))
               + sum(coalesce(s.n, 0)) over (order by d.day))::int,
           coalesce(x.posts, 0), coalesce(x.comments, 0), coalesce(x.reactions, 0),
           coalesce(x.reposts, 0), coalesce(x.follows, 0), coalesce(x.poll_votes, 0)
    from days d
    left join active ac on ac.day = d.day
    left join signups s on s.day = d.day
    left join actions x on x.day = d.day
    order by d.day
$$;

-- Engagement over [from_day, to_day] as one row: distinct users per kind of action, and the reactions,
-- comments and reposts that the posts created in the range have received so far (trigger-kept counters).
create function metrics_engagement(from_day date, to_day date)
returns table (
    engaged_users int, posters int, commenters int, reactors int, reposters int, followers int,
    posts int, post_reactions int, post_comments int, post_reposts int)
language sql stable
as $$
    select a.engaged_users, a.posters, a.commenters, a.reactors, a.reposters, a.followers,
           p.posts, p.post_reactions, p.post_comments, p.post_reposts
    from (
        select count(distinct x.user_id)::int as engaged_users,
               count(distinct x.user_id) filter (where x.action = 'post')::int as posters,
               count(distinct x.user_id) filter (where x.action = 'comment')::int as commenters,
               count(distinct x.user_id) filter (where x.action = 'reaction')::int as reactors,
               count(distinct x.user_id) filter (where x.action = 'repost')::int as reposters,
               count(distinct x.user_id) filter (where x.action = 'follow')::int as followers
        from metrics_actions(from_day, to_day) x
    ) a
    cross join (
        select count(*)::int as posts,
               coalesce(sum(p.likes_count), 0)::int as post_reactions,
               coalesce(sum(p.comments_count), 0)::int as post_comments,
               coalesce(sum(p.reposts_count), 0)::int as post_reposts
        from posts p
        where p.deleted_at is null
          and p.created_at >= metrics_day_start(from_day) and p.created_at < metrics_day_start(to_day + 1)
    ) p
$$;

-- Tickers named by live posts created in [from_day, to_day]: posts naming them and their distinct authors.
create function metrics_trending_tickers(from_day date, to_day date)
returns table (symbol text, posts int, authors int)
language sql stable
as $$
    select pt.symbol::text, count(*)::int, count(distinct p.author_id)::int
    from post_tickers pt
    join posts p on p.id = pt.post_id and p.deleted_at is null
    where pt.created_at >= metrics_day_start(from_day) and pt.created_at < metrics_day_start(to_day + 1)
    group by pt.symbol
$$;

-- Classic day-N retention of the cohort that signed up in [cohort_from, cohort_to]: the users active on
-- exactly the N-th UTC day after their signup day (a session overlapping that day).
create function metrics_retention(n int, cohort_from date, cohort_to date)
returns table (cohort_size int, retained int)
language sql stable
as $$
    select count(*)::int,
           (count(*) filter (where exists (
               select 1 from user_sessions s
               where s.user_id = u.id
                 and s.last_seen_at >= metrics_day_start(c.signup_day + n)
                 and s.started_at < metrics_day_start(c.signup_day + n + 1))))::int
    from users u
    cross join lateral (select (u.created_at at time zone 'UTC')::date as signup_day) c
    where u.created_at >= metrics_day_start(cohort_from) and u.created_at < metrics_day_start(cohort_to + 1)
$$;

-- Churn as of a day: users active in the window_days before the current window but not in the current
-- window (the window_days ending on as_of).
create function metrics_churn(as_of date, window_days int)
returns table (previous_active int, churned int)
language sql stable
as $$
    with previous as (
        select distinct a.user_id from metrics_active_days(as_of - 2 * window_days + 1, as_of - window_days) a
    ),
    current_window as (
        select distinct a.user_id from metrics_active_days(as_of - window_days + 1, as_of) a
    )
    select (select count(*) from previous)::int,
           (select count(*) from previous p where not exists (select 1 from current_window c where c.user_id = p.user_id))::int
$$;

-- The viral-coefficient proxy (no invitations exist): users who signed up in [from_day, to_day] and, within
-- 7 days of signing up, followed someone who had signed up before them ("connected signups"), and the users
-- active in the equally long window before from_day who could have brought them.
create function metrics_viral(from_day date, to_day date)
returns table (connected_signups int, previous_active int)
language sql stable
as $$
    select (select count(*)
            from users u
            where u.created_at >= metrics_day_start(from_day) and u.created_at < metrics_day_start(to_day + 1)
              and exists (
                  select 1 from follows f join users e on e.id = f.followee_id
                  where f.follower_id = u.id and e.created_at < u.created_at
                    and f.created_at < u.created_at + interval '7 days'))::int,
           (select count(distinct a.user_id)
            from metrics_active_days(from_day - (to_day - from_day + 1), from_day - 1) a)::int
$$;

-- The views: completed UTC days only, bounded history (400 days) so a refresh stays cheap.
create materialized view daily_metrics as
    select m.*
    from metrics_daily((now() at time zone 'UTC')::date - 400, (now() at time zone 'UTC')::date - 1) m;

create unique index ux_daily_metrics_day on daily_metrics (day);

create materialized view engagement_metrics as
    select d::date as day, e.*
    from generate_series((now() at time zone 'UTC')::date - 400, (now() at time zone 'UTC')::date - 1, interval '1 day') d
    cross join lateral metrics_engagement(d::date, d::date) e;

create unique index ux_engagement_metrics_day on engagement_metrics (day);

-- Windows of 1, 7 and 30 completed days ending on as_of (the last completed day at refresh time).
create materialized view trending_tickers as
    select (now() at time zone 'UTC')::date - 1 as as_of, w.days as window_days, t.symbol, t.posts, t.authors
    from (values (1), (7), (30)) w(days)
    cross join lateral metrics_trending_tickers((now() at time zone 'UTC')::date - w.days,
                                                (now() at time zone 'UTC')::date - 1) t;

create unique index ux_trending_tickers_window_symbol on trending_tickers (window_days, symbol);
