using PageShare.Application.Search;
using PageShare.Infrastructure.Persistence.Queries;

namespace PageShare.Infrastructure.IntegrationTests.Persistence.QueryPlans;

/// <summary>
/// <c>GET /search</c> statements (<see cref="SearchQueries"/>), explained over 20,000 users and 200,000 posts: users come
/// from the trigram indexes, posts from the full-text index or the ticker links, never from reading every row.
/// </summary>
[Collection(QueryPlanCollection.Name)]
public sealed class SearchQueryPlanTests(LargeDatasetFixture data)
{
    [Theory]
    [InlineData("momentum", 1)] // a prefix of 500 usernames and of many display names: prefix matches fill the page
    [InlineData("momentun", 2)] // no prefix match: the prefix statement, then similarity
    [InlineData("squeeze_", 1)]
    public async Task FindUsers_SignedInOrNot_UsesTheTrigramIndexesWithoutASeqScanOfUsers(string term, int statements)
    {
        foreach (var viewer in new Guid?[] { null, data.ViewerId })
        {
            var explainer = new ExplainingInterceptor();
            await using var db = data.CreateContext(explainer);

            await new SearchQueries(db).FindUsersAsync(term, viewer, null, 21, CancellationToken.None);

            explainer.Plans.Should().HaveCount(statements);
            foreach (var plan in explainer.Plans)
            {
                plan.SeqScans("users").Should().BeFalse(plan.ToString());
                plan.Uses("ix_users_username_trgm").Should().BeTrue(plan.ToString());
                plan.Uses("ix_users_display_name_trgm").Should().BeTrue(plan.ToString());
            }
        }
    }

    [Theory]
    [InlineData("tag1234")] // 40 posts
    [InlineData("squeeze tag77")]
    [InlineData("tag77 -gamma")]
    public async Task FindPosts_RareWords_UseTheFullTextIndexWithoutASeqScanOfPosts(string q)
    {
        var plan = await ExplainAsync(search =>
            search.FindPostsAsync(PostSearchTerms.Parse(q), data.ViewerId, null, 21, CancellationToken.None));

        plan.SeqScans("posts").Should().BeFalse(plan.ToString());
        plan.Uses("ix_posts_content_fts").Should().BeTrue(plan.ToString());
    }

    [Theory]
    [InlineData("momentum")] // in 7.5% of posts, like "in" or "so" at 1M
    [InlineData("bull")]
    [InlineData("gamma -tag5")]
    public async Task FindPosts_CommonWord_WalksTheFeedIndexNewestFirstInsteadOfReadingEveryMatch(string q)
    {
        foreach (var viewer in new Guid?[] { null, data.ViewerId })
        {
            var plan = await ExplainAsync(search =>
                search.FindPostsAsync(PostSearchTerms.Parse(q), viewer, null, 21, CancellationToken.None));

            // Reading (and ranking) every match through the full-text index took over a second at 1M posts.
            plan.Walks("ix_posts_feed").Should().BeTrue(plan.ToString());
            plan.Uses("ix_posts_content_fts").Should().BeFalse(plan.ToString());
        }
    }

    [Fact]
    public async Task FindPosts_CommonWordLaterPage_ReadsTheFeedIndexFromTheWindowFloorOnly()
    {
        var floor = new SearchWindowFloor(DateTimeOffset.UtcNow.AddMinutes(-30), Guid.NewGuid());
        var after = new SearchCursor(SearchType.Posts, 0, 0.06, DateTimeOffset.UtcNow.AddMinutes(-10), Guid.NewGuid().ToString()) { Floor = floor };

        var plan = await ExplainAsync(search =>
            search.FindPostsAsync(PostSearchTerms.Parse("momentum"), data.ViewerId, after, 21, CancellationToken.None));

        plan.Uses("ix_posts_feed").Should().BeTrue(plan.ToString());
        plan.Uses("ix_posts_content_fts").Should().BeFalse(plan.ToString());
        plan.SeqScans("posts").Should().BeFalse(plan.ToString());
    }

    [Theory]
    [InlineData("$T7")]
    [InlineData("$T7 $T8")]
    [InlineData("$T7 tag42")]
    public async Task FindPosts_Cashtags_UseTheTickerLinksWithoutASeqScanOfPosts(string q)
    {
        var plan = await ExplainAsync(search =>
            search.FindPostsAsync(PostSearchTerms.Parse(q), data.ViewerId, null, 21, CancellationToken.None));

        plan.SeqScans("posts").Should().BeFalse(plan.ToString());
        plan.SeqScans("post_tickers").Should().BeFalse(plan.ToString());
    }

    [Fact]
    public async Task FindPosts_OneCashtag_WalksTheSymbolsLinksNewestFirst()
    {
        var plan = await ExplainAsync(search =>
            search.FindPostsAsync(PostSearchTerms.Parse("$T7"), data.ViewerId, null, 21, CancellationToken.None));

        // Collecting every post of a popular symbol before taking a page took most of a second at 1M posts.
        plan.Walks("ix_post_tickers_symbol").Should().BeTrue(plan.ToString());
        plan.Nodes.Should().NotContain(n => n.NodeType == "Sort" || n.NodeType == "Aggregate" || n.NodeType == "HashAggregate", plan.ToString());
    }

    private async Task<QueryPlan> ExplainAsync(Func<SearchQueries, Task> search)
    {
        var explainer = new ExplainingInterceptor();
        await using var db = data.CreateContext(explainer);
        await search(new SearchQueries(db));
        return explainer.Plans.Single();
    }
}
