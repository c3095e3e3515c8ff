-- Stand-in bulk data for the benchmark until the generator (`PageShare.WebApi seed --users N --posts M`, issue 7)
-- lands: ./build.sh --target=Bench runs it on an empty database after the demo seed. Set-based INSERTs with the
-- triggers off (session_replication_role = replica, superuser only: the local cluster) and every trigger-owned
-- counter recomputed at the end, because row-by-row counter triggers make 100k follows take many minutes here.
-- Skewed like real traffic: authors, follows and likes favour low user numbers (random()^3 and ^2), ticker
-- mentions favour the first of 40 symbols.
--   psql "$URL" -1 -v ON_ERROR_STOP=1 -v users=5000 -v posts=50000 -f benchmarks/data/synthetic-data.sql
\set ON_ERROR_STOP 1
select setseed(0.42) \gset
set session_replication_role = replica;

create temporary table bench_users as
select i, md5('bench-user:' || i)::uuid as id
from generate_series(1, :users) as i;
-- Temporary tables get neither indexes nor statistics by themselves: without them every join below is a nested loop.
create unique index on bench_users (i);
analyze bench_users;

insert into users (id, email, username, display_name, bio, created_at, updated_at, onboarding_completed, is_verified)
select id, 'bench' || i || '@example.com', 'bench_' || i, 'Bench Trader ' || i, 'Trades things #' || i,
       now() - interval '90 days' + (i * interval '1 second'), now() - interval '90 days', true, i % 97 = 0
from bench_users;

create temporary table bench_symbols as
select n, s as symbol
from unnest(array['AAPL','TSLA','NVDA','MSFT','AMZN','META','GOOGL','AMD','SPY','QQQ','BTC.X','ETH.X','NFLX','PLTR',
                  'COIN','INTC','BABA','DIS','JPM','BAC','XOM','CVX','F','GM','NIO','SOFI','RIVN','LCID','UBER','SHOP',
                  'ES_F','NQ_F','BRK.B','BF-B','GME','AMC','SNAP','PYPL','SQ','ROKU'])
     with ordinality as t(s, n);

-- Posts over the last 30 days; about one in three mentions a ticker, one in twenty quotes an earlier post.
create temporary table bench_posts as
select g.p, gen_random_uuid() as id, u.id as author_id, g.created_at, g.symbol_n
from (select p, 1 + floor(power(random(), 3) * :users)::int as author_n,
             now() - random() * interval '30 days' as created_at,
             case when random() < 0.35 then 1 + floor(power(random(), 2) * 40)::int end as symbol_n
      from generate_series(1, :posts) as p) g
join bench_users u on u.i = g.author_n;
create unique index on bench_posts (p);
analyze bench_posts;

insert into posts (id, author_id, content, sentiment, quoted_post_id, created_at, updated_at)
select bp.id, bp.author_id,
       'Bench post ' || bp.p || coalesce(' about $' || s.symbol, '') || ': watching the open, levels look interesting today.',
       case when random() < 0.2 then 'bullish' when random() < 0.1 then 'bearish' end,
       case when bp.p % 20 = 0 and bp.p > 1 then (select q.id from bench_posts q where q.p = bp.p / 2) end,
       bp.created_at, bp.created_at
from bench_posts bp left join bench_symbols s on s.n = bp.symbol_n;

insert into post_tickers (post_id, symbol, created_at)
select bp.id, s.symbol, bp.created_at from bench_posts bp join bench_symbols s on s.n = bp.symbol_n;

-- A two-option poll on one post in ten.
insert into polls (id, post_id, ends_at, created_at)
select md5('bench-poll:' || bp.p)::uuid, bp.id, bp.created_at + interval '3 days', bp.created_at
from bench_posts bp where bp.p % 10 = 3;
insert into poll_options (id, poll_id, position, text)
select md5('bench-option:' || bp.p || ':' || o)::uuid, md5('bench-poll:' || bp.p)::uuid, o - 1, case o when 1 then 'Up' else 'Down' end
from bench_posts bp cross join generate_series(1, 2) as o where bp.p % 10 = 3;

-- About 20 follows per user, towards popular (low-numbered) users.
insert into follows (follower_id, followee_id, created_at)
select f.id, e.id, now() - random() * interval '60 days'
from bench_users f
cross join lateral (select 1 + floor(power(random(), 3) * :users)::int as target, f.i as me from generate_series(1, 20)) pick
join bench_users e on e.i = pick.target
where e.id <> f.id
on conflict do nothing;

-- About three likes per post.
insert into reactions (user_id, target_type, target_id, created_at)
select u.id, 'post', bp.id, bp.created_at + interval '1 minute'
from bench_posts bp
cross join lateral (select 1 + floor(power(random(), 2) * :users)::int as target, bp.p as me from generate_series(1, 3)) pick
join bench_users u on u.i = pick.target
on conflict do nothing;

-- Comments on one post in five.
insert into comments (post_id, author_id, content, created_at, updated_at)
select bp.id, u.id, 'Bench comment on ' || bp.p, bp.created_at + interval '2 minutes', bp.created_at + interval '2 minutes'
from bench_posts bp
join bench_users u on u.i = 1 + (bp.p::bigint * 7919) % :users
where bp.p % 5 = 0;

-- Plain reposts on one post in fifty, and a few mutes and blocks.
insert into reposts (user_id, post_id, created_at)
select u.id, bp.id, bp.created_at + interval '5 minutes'
from bench_posts bp
join bench_users u on u.i = 1 + (bp.p::bigint * 104729) % :users
where bp.p % 50 = 0 and u.id <> bp.author_id
on conflict do nothing;

insert into content_filters (user_id, target_user_id, kind)
select a.id, b.id, case when a.i % 2 = 0 then 'mute' else 'block' end
from bench_users a join bench_users b on b.i = 1 + (a.i * 31) % :users
where a.i % 100 = 0 and a.id <> b.id
on conflict do nothing;

-- The counters the triggers would have kept (the bench rows only touch bench users and posts).
update users u set
    posts_count = coalesce((select count(*) from posts p where p.author_id = u.id and p.deleted_at is null), 0),
    followers_count = (select count(*) from follows f where f.followee_id = u.id),
    following_count = (select count(*) from follows f where f.follower_id = u.id)
where u.id in (select id from bench_users);

update posts p set
    likes_count = coalesce(l.n, 0), comments_count = coalesce(c.n, 0), reposts_count = coalesce(r.n, 0), quotes_count = coalesce(q.n, 0)
from bench_posts bp
left join (select target_id, count(*) n from reactions where target_type = 'post' group by target_id) l on l.target_id = bp.id
left join (select post_id, count(*) n from comments where deleted_at is null group by post_id) c on c.post_id = bp.id
left join (select post_id, count(*) n from reposts group by post_id) r on r.post_id = bp.id
left join (select quoted_post_id, count(*) n from posts where deleted_at is null and quoted_post_id is not null group by quoted_post_id) q
       on q.quoted_post_id = bp.id
where p.id = bp.id;

insert into tickers (symbol, first_seen_at, last_mentioned_at, posts_count)
select pt.symbol, min(pt.created_at), max(pt.created_at), count(*)
from post_tickers pt join posts p on p.id = pt.post_id and p.deleted_at is null
group by pt.symbol
on conflict (symbol) do update
    set posts_count = excluded.posts_count,
        first_seen_at = least(tickers.first_seen_at, excluded.first_seen_at),
        last_mentioned_at = greatest(tickers.last_mentioned_at, excluded.last_mentioned_at);

set session_replication_role = origin;
analyze;
