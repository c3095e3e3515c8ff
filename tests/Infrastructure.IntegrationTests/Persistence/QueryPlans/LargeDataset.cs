namespace PageShare.Infrastructure.IntegrationTests.Persistence.QueryPlans;

/// <summary>
/// The generated data the query-plan tests explain against: 20,000 users (1,000 of them authors), 200,000 posts (one in
/// fifty soft-deleted) of trading words plus a rarer <c>tagN</c> word, a ticker on every other post, 10,000 follows,
/// 10,000 reposts and 45,000 comments (5,020 of them on <see cref="MostCommentedPostId"/>). The viewer is the newest user: an author who follows 20 authors, with interests, three mutes, three
/// blocks and three users blocking them.
/// </summary>
internal static class LargeDataset
{
    /// <summary>The number of posts <see cref="Load"/> generates.</summary>
    public const int PostCount = 200_000;

    // One transaction: now() is the same in every statement. Triggers (and foreign-key checks) are off during the load
    // and the indexes of the big tables are built after it: row-by-row maintenance would make the fixture several
    // times slower, and neither counters nor constraints play a part in a plan.
    public const string Load = """
        begin;
        set local session_replication_role = replica;

        create temporary table words on commit drop as
        select array['bull','bear','chart','macro','swing','scalp','value','growth','quant','option','yield','crypto',
                     'forex','index','momentum','dividend','earnings','breakout','support','resistance','hedge','gamma',
                     'theta','delta','short','squeeze','rally','dip','trend','volume','futures','bond','rate','inflation',
                     'sector','energy','tech','bank','retail','pharma'] as w;

        create temporary table deferred_indexes on commit drop as
        select indexname, indexdef from pg_indexes
        where tablename in ('users', 'posts') and indexname not in ('users_pkey', 'posts_pkey');
        do $$ declare r record; begin
            for r in select indexname from deferred_indexes loop execute 'drop index ' || quote_ident(r.indexname); end loop;
        end $$;

        insert into users (id, username, display_name, interests, created_at)
        select gen_random_uuid(),
               w[1 + i % 40] || '_' || substr(md5(i::text), 1, 6),
               initcap(w[1 + (i / 40) % 40]) || ' ' || initcap(w[1 + (i / 1600) % 40]) || ' ' || i,
               case when i % 5 = 0 then array['T' || (i % 50), w[1 + (i / 7) % 40]] else '{}' end,
               now() - i * interval '1 minute'
        from generate_series(1, 20000) i, words;

        -- n orders users newest first; n = 0 is the viewer, n < 1000 are the authors.
        create temporary table u on commit drop as
        select id, (row_number() over (order by created_at desc, id)) - 1 as n from users;
        create index on u (n);

        insert into posts (author_id, content, deleted_at, created_at, updated_at)
        select u.id,
               w[1 + i % 40] || ' ' || w[1 + (i / 40) % 40] || ' ' || w[1 + (i / 1600) % 40] || ' tag' || (i % 5000),
               case when i % 50 = 7 then now() end,
               now() - i * interval '1 second', now() - i * interval '1 second'
        from generate_series(1, 200000) i
        join u on u.n = i % 1000, words;

        do $$ declare r record; begin
            for r in select indexdef from deferred_indexes loop execute r.indexdef; end loop;
        end $$;

        insert into tickers (symbol, first_seen_at, last_mentioned_at)
        select 'T' || s, now() - interval '1 year', now() from generate_series(0, 49) s;
        insert into post_tickers (post_id, symbol, created_at)
        select id, 'T' || (abs(hashtext(id::text)) / 2 % 50), created_at from posts where abs(hashtext(id::text)) % 2 = 0;

        -- The first 500 users follow 20 users each among the first 2,000.
        insert into follows (follower_id, followee_id, created_at)
        select a.id, b.id, now() - (a.n * 20 + k) * interval '1 second'
        from u a cross join generate_series(1, 20) k join u b on b.n = (a.n + k * 37) % 2000
        where a.n < 500;

        -- The first 1,000 users each repost the 10 newest posts of the next user.
        insert into reposts (user_id, post_id, created_at)
        select u.id, p.id, p.created_at + interval '30 seconds'
        from u join u nxt on nxt.n = (u.n + 1) % 1000
        cross join lateral (select id, created_at from posts where author_id = nxt.id order by created_at desc limit 10) p
        where u.n < 1000;

        -- The newest 2,000 posts get 20 comments each, and the 10th newest (a visible author's) 5,000 more: 45,000,
        -- by authors that include the viewer's muted and blocked users and those blocking the viewer; one in fifty deleted.
        insert into comments (post_id, author_id, content, deleted_at, created_at, updated_at)
        select p.id, a.id, 'comment ' || k, case when k % 50 = 3 then now() end,
               p.created_at + k * interval '1 second', p.created_at + k * interval '1 second'
        from (select id, created_at, row_number() over (order by created_at desc, id) as r
              from posts order by created_at desc, id limit 2000) p
        cross join lateral generate_series(1, case when p.r = 10 then 5020 else 20 end) k
        join u a on a.n = (p.r + k * 7) % 1000;

        update users set interests = array['T7', 'momentum', 'bond'] where id = (select id from u where n = 0);
        insert into content_filters (user_id, target_user_id, kind)
        select (select id from u where n = 0), id, case when n % 2 = 0 then 'mute' else 'block' end from u where n between 1 and 6;
        insert into content_filters (user_id, target_user_id, kind)
        select id, (select id from u where n = 0), 'block' from u where n between 1997 and 1999;
        commit;
        """;

    /// <summary>The viewer: the newest user.</summary>
    public const string ViewerId = "select id from users order by created_at desc, id limit 1";

    /// <summary>The post with the most comments: a live post of an author the viewer may see.</summary>
    public const string MostCommentedPostId = "select post_id from comments group by post_id order by count(*) desc limit 1";
}
