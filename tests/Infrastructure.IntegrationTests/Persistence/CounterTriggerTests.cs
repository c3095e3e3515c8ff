using Npgsql;

namespace PageShare.Infrastructure.IntegrationTests.Persistence;

public sealed class CounterTriggerTests(MigratedDatabaseFixture fixture) : IClassFixture<MigratedDatabaseFixture>
{
    private readonly Sql _sql = new(fixture.ConnectionString);

    [Fact]
    public async Task Reactions_TwentyConcurrentLikes_CountsTwenty()
    {
        var post = await _sql.PostAsync(await _sql.UserAsync());
        var likers = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            likers.Add(await _sql.UserAsync());
        }

        var connections = await Task.WhenAll(likers.Select(_ => _sql.OpenAsync()));
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var likes = likers.Zip(connections).Select(async pair =>
        {
            await start.Task;
            await using var command = new NpgsqlCommand(
                "insert into reactions (user_id, target_type, target_id) values ($1, 'post', $2)", pair.Second);
            command.Parameters.Add(new NpgsqlParameter { Value = pair.First });
            command.Parameters.Add(new NpgsqlParameter { Value = post });
            await command.ExecuteNonQueryAsync();
        }).ToList();
        start.SetResult();
        await Task.WhenAll(likes);
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }

        (await _sql.CountAsync("posts", "likes_count", post)).Should().Be(20);
    }

    [Fact]
    public async Task Follows_InsertAndDelete_MoveFollowerAndFollowingCounts()
    {
        var follower = await _sql.UserAsync();
        var followee = await _sql.UserAsync();

        await _sql.ExecuteAsync("insert into follows (follower_id, followee_id) values ($1, $2)", follower, followee);
        var after = (await _sql.CountAsync("users", "following_count", follower), await _sql.CountAsync("users", "followers_count", followee));
        await _sql.ExecuteAsync("delete from follows where follower_id = $1 and followee_id = $2", follower, followee);

        after.Should().Be((1, 1));
        (await _sql.CountAsync("users", "following_count", follower)).Should().Be(0);
        (await _sql.CountAsync("users", "followers_count", followee)).Should().Be(0);
    }

    [Fact]
    public async Task Posts_InsertSoftDeleteAndHardDelete_MoveAuthorPostsCount()
    {
        var author = await _sql.UserAsync();
        var softDeleted = await _sql.PostAsync(author);
        var hardDeleted = await _sql.PostAsync(author);
        var afterInsert = await _sql.CountAsync("users", "posts_count", author);

        await _sql.ExecuteAsync("update posts set deleted_at = now() where id = $1", softDeleted);
        var afterSoftDelete = await _sql.CountAsync("users", "posts_count", author);
        await _sql.ExecuteAsync("delete from posts where id = $1", hardDeleted);
        var afterHardDelete = await _sql.CountAsync("users", "posts_count", author);
        await _sql.ExecuteAsync("delete from posts where id = $1", softDeleted);

        afterInsert.Should().Be(2);
        afterSoftDelete.Should().Be(1);
        afterHardDelete.Should().Be(0);
        (await _sql.CountAsync("users", "posts_count", author)).Should().Be(0, "a soft-deleted post was already uncounted");
    }

    [Fact]
    public async Task Posts_QuoteInsertedAndSoftDeleted_MovesQuotesCount()
    {
        var author = await _sql.UserAsync();
        var quoted = await _sql.PostAsync(author);

        var quote = await _sql.PostAsync(await _sql.UserAsync(), "so true", quoted);
        var afterQuote = await _sql.CountAsync("posts", "quotes_count", quoted);
        await _sql.ExecuteAsync("update posts set deleted_at = now() where id = $1", quote);

        afterQuote.Should().Be(1);
        (await _sql.CountAsync("posts", "quotes_count", quoted)).Should().Be(0);
    }

    [Fact]
    public async Task Reactions_OnPostInsertAndDelete_MoveLikesCount()
    {
        var liker = await _sql.UserAsync();
        var post = await _sql.PostAsync(await _sql.UserAsync());

        await _sql.ExecuteAsync("insert into reactions (user_id, target_type, target_id) values ($1, 'post', $2)", liker, post);
        var afterLike = await _sql.CountAsync("posts", "likes_count", post);
        await _sql.ExecuteAsync("delete from reactions where user_id = $1 and target_id = $2", liker, post);

        afterLike.Should().Be(1);
        (await _sql.CountAsync("posts", "likes_count", post)).Should().Be(0);
    }

    [Fact]
    public async Task Reactions_OnCommentInsertAndDelete_MoveCommentLikesCount()
    {
        var liker = await _sql.UserAsync();
        var post = await _sql.PostAsync(await _sql.UserAsync());
        var comment = await _sql.CommentAsync(post, liker);

        await _sql.ExecuteAsync("insert into reactions (user_id, target_type, target_id) values ($1, 'comment', $2)", liker, comment);
        var afterLike = await _sql.CountAsync("comments", "likes_count", comment);
        await _sql.ExecuteAsync("delete from reactions where user_id = $1 and target_id = $2", liker, comment);

        afterLike.Should().Be(1);
        (await _sql.CountAsync("comments", "likes_count", comment)).Should().Be(0);
        (await _sql.CountAsync("posts", "likes_count", post)).Should().Be(0, "a comment like is not a post like");
    }

    [Fact]
    public async Task Comments_InsertSoftDeleteAndHardDelete_MoveCommentsAndRepliesCounts()
    {
        var user = await _sql.UserAsync();
        var post = await _sql.PostAsync(user);
        var parent = await _sql.CommentAsync(post, user);
        var reply = await _sql.CommentAsync(post, user, parent);
        var counts = async () => (await _sql.CountAsync("posts", "comments_count", post), await _sql.CountAsync("comments", "replies_count", parent));
        var afterInsert = await counts();

        await _sql.ExecuteAsync("update comments set deleted_at = now() where id = $1", reply);
        var afterSoftDelete = await counts();
        await _sql.ExecuteAsync("update comments set deleted_at = null where id = $1", reply);
        var afterRestore = await counts();
        await _sql.ExecuteAsync("delete from comments where id = $1", reply);

        afterInsert.Should().Be((2, 1));
        afterSoftDelete.Should().Be((1, 0));
        afterRestore.Should().Be((2, 1));
        (await counts()).Should().Be((1, 0));
    }

    [Fact]
    public async Task Reposts_InsertAndDelete_MoveRepostsCount()
    {
        var user = await _sql.UserAsync();
        var post = await _sql.PostAsync(await _sql.UserAsync());

        await _sql.ExecuteAsync("insert into reposts (user_id, post_id) values ($1, $2)", user, post);
        var afterRepost = await _sql.CountAsync("posts", "reposts_count", post);
        await _sql.ExecuteAsync("delete from reposts where user_id = $1 and post_id = $2", user, post);

        afterRepost.Should().Be(1);
        (await _sql.CountAsync("posts", "reposts_count", post)).Should().Be(0);
    }

    [Fact]
    public async Task Bookmarks_InsertAndDelete_MoveBookmarksCount()
    {
        var user = await _sql.UserAsync();
        var post = await _sql.PostAsync(await _sql.UserAsync());

        await _sql.ExecuteAsync("insert into bookmarks (user_id, post_id) values ($1, $2)", user, post);
        var afterBookmark = await _sql.CountAsync("posts", "bookmarks_count", post);
        await _sql.ExecuteAsync("delete from bookmarks where user_id = $1 and post_id = $2", user, post);

        afterBookmark.Should().Be(1);
        (await _sql.CountAsync("posts", "bookmarks_count", post)).Should().Be(0);
    }

    [Fact]
    public async Task PollVotes_InsertAndDelete_MoveVotesCount()
    {
        var voter = await _sql.UserAsync();
        var post = await _sql.PostAsync(await _sql.UserAsync());
        var poll = await _sql.ScalarAsync<Guid>(
            "insert into polls (post_id, ends_at) values ($1, now() + interval '1 day') returning id", post);
        var option = await _sql.ScalarAsync<Guid>(
            "insert into poll_options (poll_id, position, text) values ($1, 0, 'yes') returning id", poll);

        await _sql.ExecuteAsync("insert into poll_votes (poll_id, option_id, user_id) values ($1, $2, $3)", poll, option, voter);
        var afterVote = await _sql.CountAsync("poll_options", "votes_count", option);
        await _sql.ExecuteAsync("delete from poll_votes where poll_id = $1 and user_id = $2", poll, voter);

        afterVote.Should().Be(1);
        (await _sql.CountAsync("poll_options", "votes_count", option)).Should().Be(0);
    }

    [Fact]
    public async Task PostTickers_LinkSoftDeleteAndHardDelete_MoveTickerPostsCount()
    {
        var symbol = UniqueSymbol();
        var author = await _sql.UserAsync();
        var first = await _sql.PostAsync(author);
        var second = await _sql.PostAsync(author);
        var third = await _sql.PostAsync(author);
        var tickerCount = () => _sql.ScalarAsync<int>("select posts_count from tickers where symbol = $1", symbol);

        foreach (var post in new[] { first, second, third })
        {
            await _sql.ExecuteAsync("insert into post_tickers (post_id, symbol) values ($1, $2)", post, symbol);
        }

        var afterLinks = await tickerCount();
        await _sql.ExecuteAsync("update posts set deleted_at = now() where id = $1", first);
        var afterSoftDelete = await tickerCount();
        await _sql.ExecuteAsync("delete from posts where id = $1", first);
        var afterDeletingSoftDeleted = await tickerCount();
        await _sql.ExecuteAsync("delete from posts where id = $1", second);
        var afterHardDelete = await tickerCount();
        await _sql.ExecuteAsync("delete from post_tickers where post_id = $1", third);

        afterLinks.Should().Be(3);
        afterSoftDelete.Should().Be(2);
        afterDeletingSoftDeleted.Should().Be(2);
        afterHardDelete.Should().Be(1);
        (await tickerCount()).Should().Be(0);
    }

    [Fact]
    public async Task Users_DeletedUser_TakesTheirFollowsAndLikesOffOthersCounts()
    {
        var author = await _sql.UserAsync();
        var post = await _sql.PostAsync(author);
        var leaving = await _sql.UserAsync();
        await _sql.ExecuteAsync("insert into follows (follower_id, followee_id) values ($1, $2)", leaving, author);
        await _sql.ExecuteAsync("insert into follows (follower_id, followee_id) values ($1, $2)", author, leaving);
        await _sql.ExecuteAsync("insert into reactions (user_id, target_type, target_id) values ($1, 'post', $2)", leaving, post);
        await _sql.CommentAsync(post, leaving);

        await _sql.ExecuteAsync("delete from users where id = $1", leaving);

        (await _sql.CountAsync("users", "followers_count", author)).Should().Be(0);
        (await _sql.CountAsync("users", "following_count", author)).Should().Be(0);
        (await _sql.CountAsync("posts", "likes_count", post)).Should().Be(0);
        (await _sql.CountAsync("posts", "comments_count", post)).Should().Be(0);
    }

    [Fact]
    public async Task Counters_ApplicationWritesCount_StoredCountIsKept()
    {
        var post = await _sql.PostAsync(await _sql.UserAsync());
        await _sql.ExecuteAsync("insert into bookmarks (user_id, post_id) values ($1, $2)", await _sql.UserAsync(), post);

        // What an ORM writing back a stale entity does.
        await _sql.ExecuteAsync("update posts set bookmarks_count = 0, likes_count = 7 where id = $1", post);

        (await _sql.CountAsync("posts", "bookmarks_count", post)).Should().Be(1);
        (await _sql.CountAsync("posts", "likes_count", post)).Should().Be(0);
    }

    [Fact]
    public async Task Counters_OperatorRepairSetting_AllowsWritingCounts()
    {
        var post = await _sql.PostAsync(await _sql.UserAsync());

        await using (var connection = await _sql.OpenAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await using var allow = new NpgsqlCommand("select set_config('pageshare.allow_counter_writes', 'on', true)", connection, transaction);
            await allow.ExecuteNonQueryAsync();
            await using var repair = new NpgsqlCommand("update posts set likes_count = 7 where id = $1", connection, transaction);
            repair.Parameters.Add(new NpgsqlParameter { Value = post });
            await repair.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }

        (await _sql.CountAsync("posts", "likes_count", post)).Should().Be(7);
    }

    [Fact]
    public async Task Follows_TwoUsersFollowEachOtherConcurrently_BothCountsExact()
    {
        var pairs = new List<(Guid A, Guid B)>();
        for (var i = 0; i < 10; i++)
        {
            pairs.Add((await _sql.UserAsync(), await _sql.UserAsync()));
        }

        await Task.WhenAll(pairs.SelectMany(p => new[]
        {
            _sql.ExecuteAsync("insert into follows (follower_id, followee_id) values ($1, $2)", p.A, p.B),
            _sql.ExecuteAsync("insert into follows (follower_id, followee_id) values ($1, $2)", p.B, p.A),
        }));

        foreach (var (a, b) in pairs)
        {
            (await _sql.CountAsync("users", "followers_count", a)).Should().Be(1);
            (await _sql.CountAsync("users", "following_count", b)).Should().Be(1);
        }
    }

    private static string UniqueSymbol() =>
        "T" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsAsciiLetter).Take(6)).ToUpperInvariant();
}
