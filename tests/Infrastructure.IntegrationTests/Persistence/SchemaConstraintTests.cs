using Npgsql;

namespace PageShare.Infrastructure.IntegrationTests.Persistence;

public sealed class SchemaConstraintTests(MigratedDatabaseFixture fixture) : IClassFixture<MigratedDatabaseFixture>
{
    private readonly Sql _sql = new(fixture.ConnectionString);

    [Fact]
    public async Task Schema_AfterMigrating_HasEveryTable()
    {
        var tables = await _sql.ScalarAsync<string[]>(
            "select array_agg(tablename::text order by tablename) from pg_tables where schemaname = 'public'");

        tables.Should().BeEquivalentTo(
            "bookmarks", "comments", "content_filters", "error_logs", "follows", "idempotency_keys", "media",
            "poll_options", "poll_votes", "polls", "post_tickers", "posts", "reactions", "reports", "reposts",
            "schema_migrations", "tickers", "user_sessions", "users", "watchlist_items");
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("Alice")]
    [InlineData("al-ice")]
    [InlineData("abcdefghijklmnopqrstuvwxyz_12345")]
    public async Task Users_InvalidUsername_IsRejected(string username)
    {
        var error = await _sql.FailingAsync(
            "insert into users (id, username, display_name) values (gen_random_uuid(), $1, 'x')", username);

        error.SqlState.Should().Be(PostgresErrorCodes.CheckViolation);
        error.ConstraintName.Should().Be("ck_users_username_format");
    }

    [Fact]
    public async Task Users_TakenUsername_ViolatesUsernameIndex()
    {
        var username = $"taken_{Guid.NewGuid().ToString("N")[..8]}";
        await _sql.UserAsync(username);

        var error = await _sql.FailingAsync(
            "insert into users (id, username, display_name) values (gen_random_uuid(), $1, 'x')", username);

        error.SqlState.Should().Be(PostgresErrorCodes.UniqueViolation);
        error.ConstraintName.Should().Be("ux_users_username_lower");
    }

    [Fact]
    public async Task Users_NewRow_HasDocumentedDefaults()
    {
        var user = await _sql.UserAsync();

        var row = await _sql.ScalarAsync<string>(
            "select concat_ws('|', role, is_verified, is_anonymous, onboarding_completed, cardinality(interests)) from users where id = $1", user);

        row.Should().Be("user|f|f|f|0");
    }

    [Fact]
    public async Task Reactions_SecondLikeBySameUser_ViolatesPrimaryKey()
    {
        var user = await _sql.UserAsync();
        var post = await _sql.PostAsync(user);
        await _sql.ExecuteAsync("insert into reactions (user_id, target_type, target_id) values ($1, 'post', $2)", user, post);

        var error = await _sql.FailingAsync(
            "insert into reactions (user_id, target_type, target_id) values ($1, 'post', $2)", user, post);

        error.SqlState.Should().Be(PostgresErrorCodes.UniqueViolation);
        (await _sql.CountAsync("posts", "likes_count", post)).Should().Be(1);
    }

    [Fact]
    public async Task Reactions_UnknownTarget_ViolatesForeignKey()
    {
        var user = await _sql.UserAsync();

        var error = await _sql.FailingAsync(
            "insert into reactions (user_id, target_type, target_id) values ($1, 'comment', gen_random_uuid())", user);

        error.SqlState.Should().Be(PostgresErrorCodes.ForeignKeyViolation);
    }

    [Fact]
    public async Task Reactions_PostDeleted_AreDeletedWithIt()
    {
        var user = await _sql.UserAsync();
        var post = await _sql.PostAsync(user);
        await _sql.ExecuteAsync("insert into reactions (user_id, target_type, target_id) values ($1, 'post', $2)", user, post);

        await _sql.ExecuteAsync("delete from posts where id = $1", post);

        (await _sql.ScalarAsync<long>("select count(*) from reactions where target_id = $1", post)).Should().Be(0);
    }

    [Fact]
    public async Task Follows_Self_IsRejected()
    {
        var user = await _sql.UserAsync();

        var error = await _sql.FailingAsync("insert into follows (follower_id, followee_id) values ($1, $1)", user);

        error.ConstraintName.Should().Be("ck_follows_not_self");
    }

    [Fact]
    public async Task ContentFilters_SelfOrUnknownKind_IsRejected()
    {
        var user = await _sql.UserAsync();
        var other = await _sql.UserAsync();

        var self = await _sql.FailingAsync("insert into content_filters (user_id, target_user_id, kind) values ($1, $1, 'mute')", user);
        var kind = await _sql.FailingAsync("insert into content_filters (user_id, target_user_id, kind) values ($1, $2, 'ignore')", user, other);

        self.ConstraintName.Should().Be("ck_content_filters_not_self");
        kind.ConstraintName.Should().Be("ck_content_filters_kind");
    }

    [Fact]
    public async Task PollVotes_SecondVote_ViolatesPrimaryKey()
    {
        var (poll, options) = await PollAsync();
        var voter = await _sql.UserAsync();
        await _sql.ExecuteAsync("insert into poll_votes (poll_id, option_id, user_id) values ($1, $2, $3)", poll, options[0], voter);

        var error = await _sql.FailingAsync(
            "insert into poll_votes (poll_id, option_id, user_id) values ($1, $2, $3)", poll, options[1], voter);

        error.SqlState.Should().Be(PostgresErrorCodes.UniqueViolation);
        error.ConstraintName.Should().Be("pk_poll_votes");
    }

    [Fact]
    public async Task PollVotes_OptionOfAnotherPoll_ViolatesForeignKey()
    {
        var (poll, _) = await PollAsync();
        var (_, otherOptions) = await PollAsync();

        var error = await _sql.FailingAsync(
            "insert into poll_votes (poll_id, option_id, user_id) values ($1, $2, $3)", poll, otherOptions[0], await _sql.UserAsync());

        error.ConstraintName.Should().Be("fk_poll_votes_option");
    }

    [Fact]
    public async Task Comments_ReplyToCommentOfAnotherPost_ViolatesForeignKey()
    {
        var user = await _sql.UserAsync();
        var parent = await _sql.CommentAsync(await _sql.PostAsync(user), user);

        var error = await _sql.FailingAsync(
            "insert into comments (post_id, author_id, parent_id, content) values ($1, $2, $3, 'x')",
            await _sql.PostAsync(user), user, parent);

        error.ConstraintName.Should().Be("fk_comments_parent");
    }

    [Fact]
    public async Task Reports_SecondOpenReport_IsRejectedUntilTheFirstIsResolved()
    {
        var reporter = await _sql.UserAsync();
        var target = await _sql.PostAsync(await _sql.UserAsync());
        const string insert = "insert into reports (reporter_id, target_type, target_id, reason) values ($1, 'post', $2, 'spam')";
        await _sql.ExecuteAsync(insert, reporter, target);

        var duplicate = await _sql.FailingAsync(insert, reporter, target);
        await _sql.ExecuteAsync("update reports set status = 'resolved', resolved_at = now() where reporter_id = $1", reporter);
        await _sql.ExecuteAsync(insert, reporter, target);

        duplicate.ConstraintName.Should().Be("ux_reports_open_per_reporter_target");
        (await _sql.ScalarAsync<long>("select count(*) from reports where reporter_id = $1", reporter)).Should().Be(2);
    }

    [Theory]
    [InlineData("reason", "'rude'", "ck_reports_reason")]
    [InlineData("target_type", "'ticker'", "ck_reports_target_type")]
    [InlineData("details", "repeat('x', 1001)", "ck_reports_details_length")]
    [InlineData("action", "repeat('x', 201)", "ck_reports_action_length")]
    public async Task Reports_InvalidValue_IsRejected(string column, string value, string constraint)
    {
        var reporter = await _sql.UserAsync();
        var values = new Dictionary<string, string>
        {
            ["reporter_id"] = "$1", ["target_type"] = "'post'", ["target_id"] = "gen_random_uuid()", ["reason"] = "'spam'",
        };
        values[column] = value;

        var error = await _sql.FailingAsync(
            $"insert into reports ({string.Join(", ", values.Keys)}) values ({string.Join(", ", values.Values)})", reporter);

        error.ConstraintName.Should().Be(constraint);
    }

    [Fact]
    public async Task Reports_UnknownStatus_IsRejected()
    {
        var error = await _sql.FailingAsync(
            "insert into reports (reporter_id, target_type, target_id, reason, status, resolved_at) values ($1, 'post', gen_random_uuid(), 'spam', 'closed', now())",
            await _sql.UserAsync());

        error.ConstraintName.Should().Be("ck_reports_status");
    }

    [Fact]
    public async Task Reports_ResolvedWithoutTime_IsRejected()
    {
        var error = await _sql.FailingAsync(
            "insert into reports (reporter_id, target_type, target_id, reason, status) values ($1, 'post', gen_random_uuid(), 'spam', 'dismissed')",
            await _sql.UserAsync());

        error.ConstraintName.Should().Be("ck_reports_resolved_at");
    }

    [Theory]
    [InlineData("sentiment = 'neutral'", "ck_posts_sentiment")]
    [InlineData("content = repeat('x', 16001)", "ck_posts_content_length")]
    [InlineData("gif_url = 'http://media.giphy.com/a.gif'", "ck_posts_gif_url")]
    public async Task Posts_InvalidValue_IsRejected(string assignment, string constraint)
    {
        var post = await _sql.PostAsync(await _sql.UserAsync());

        var error = await _sql.FailingAsync($"update posts set {assignment} where id = $1", post);

        error.ConstraintName.Should().Be(constraint);
    }

    [Fact]
    public async Task PostTickers_NewSymbol_CreatesTickerAndCopiesPostTime()
    {
        var symbol = "Z" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsAsciiLetter).Take(5)).ToUpperInvariant() + ".B";
        var post = await _sql.PostAsync(await _sql.UserAsync());

        await _sql.ExecuteAsync("insert into post_tickers (post_id, symbol) values ($1, $2)", post, symbol);

        (await _sql.ScalarAsync<bool>(
            """
            select pt.created_at = p.created_at and t.first_seen_at = p.created_at
              from post_tickers pt join posts p on p.id = pt.post_id join tickers t on t.symbol = pt.symbol
             where pt.post_id = $1
            """, post)).Should().BeTrue();
    }

    [Theory]
    [InlineData("tsla")]
    [InlineData("1ABC")]
    [InlineData("ABCDEFGHIJ")]
    [InlineData("BRK.BBB")]
    public async Task Tickers_SymbolOutsideCashtagGrammar_IsRejected(string symbol)
    {
        var error = await _sql.FailingAsync("insert into tickers (symbol) values ($1)", symbol);

        error.ConstraintName.Should().Be("ck_tickers_symbol");
    }

    [Fact]
    public async Task Media_AttachedToSecondPost_IsRejected()
    {
        var owner = await _sql.UserAsync();
        var url = $"https://cdn.example.com/{Guid.NewGuid():N}.png";
        await _sql.ExecuteAsync(
            "insert into media (owner_id, bucket, path, url, content_type, width, height, size_bytes) values ($1, 'post-media', $2, $2, 'image/png', 10, 10, 100)",
            owner, url);
        await _sql.ExecuteAsync("update media set post_id = $1, position = 0 where url = $2", await _sql.PostAsync(owner), url);

        var error = await _sql.FailingAsync("update media set post_id = $1 where url = $2", await _sql.PostAsync(owner), url);

        error.ConstraintName.Should().Be("ck_media_attach_once");
    }

    [Fact]
    public async Task ErrorLogs_ResolvedWithoutTime_IsRejected()
    {
        var error = await _sql.FailingAsync("insert into error_logs (source, message, resolved) values ('backend', 'boom', true)");

        error.ConstraintName.Should().Be("ck_error_logs_resolved_at");
    }

    [Fact]
    public async Task IdempotencyKeys_SameUserAndKey_ViolatesPrimaryKey()
    {
        var user = await _sql.UserAsync();
        const string insert = "insert into idempotency_keys (user_id, key, request_hash) values ($1, 'k-1', 'h')";
        await _sql.ExecuteAsync(insert, user);

        var error = await _sql.FailingAsync(insert, user);

        error.SqlState.Should().Be(PostgresErrorCodes.UniqueViolation);
    }

    private async Task<(Guid Poll, Guid[] Options)> PollAsync()
    {
        var post = await _sql.PostAsync(await _sql.UserAsync());
        var poll = await _sql.ScalarAsync<Guid>("insert into polls (post_id, ends_at) values ($1, now() + interval '1 day') returning id", post);
        var options = new Guid[2];
        for (var i = 0; i < options.Length; i++)
        {
            options[i] = await _sql.ScalarAsync<Guid>(
                "insert into poll_options (poll_id, position, text) values ($1, $2, $3) returning id", poll, (short)i, $"option {i}");
        }

        return (poll, options);
    }
}
