using PageShare.Application.Common.Paging;
using PageShare.Infrastructure.Persistence.Queries;

namespace PageShare.Infrastructure.IntegrationTests.Persistence.QueryPlans;

/// <summary>
/// The feed key queries (<see cref="FeedKeyReader"/>, the SQL the endpoint sends), explained over 200,000 posts: first page
/// and a deep page must come from indexes, never from reading every post.
/// </summary>
[Collection(QueryPlanCollection.Name)]
public sealed class FeedQueryPlanTests(LargeDatasetFixture data)
{
    public static TheoryData<bool> Pages => new() { false, true };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task AllScopeKeyQuery_FirstAndDeepPage_WalkTheFeedIndexWithoutASeqScanOfPosts(bool deep)
    {
        var explainer = new ExplainingInterceptor();
        await using var db = data.CreateContext(explainer);

        var keys = await new FeedKeyReader(db).AllAsync(data.ViewerId, Cursor(deep), PageRequest.DefaultLimit, CancellationToken.None);

        keys.Should().HaveCount(PageRequest.DefaultLimit + 1);
        var plan = explainer.Plans.Single();
        plan.SeqScans("posts").Should().BeFalse(plan.ToString());
        plan.Uses("ix_posts_feed").Should().BeTrue(plan.ToString());
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task FollowingScopeKeyQuery_FirstAndDeepPage_ReadsFollowedAuthorsPostsIndexOnlyWithoutASeqScanOfPosts(bool deep)
    {
        var explainer = new ExplainingInterceptor();
        await using var db = data.CreateContext(explainer);

        var keys = await new FeedKeyReader(db).FollowingAsync(data.ViewerId, Cursor(deep), PageRequest.DefaultLimit, CancellationToken.None);

        keys.Should().HaveCount(PageRequest.DefaultLimit + 1);
        // The generated reposts are of each author's newest posts: on the first page, with their reposter, not deep down.
        keys.Any(k => k.RepostedBy != null).Should().Be(!deep);
        var plan = explainer.Plans.Single();
        // reposts (10,000 rows here) is small enough for the planner to read whole, rightly; posts never is.
        plan.SeqScans("posts").Should().BeFalse(plan.ToString());
        plan.SeqScans("follows").Should().BeFalse(plan.ToString());
        plan.Uses("ix_posts_author_live").Should().BeTrue(plan.ToString());
    }

    private static KeysetCursor? Cursor(bool deep) =>
        deep ? new KeysetCursor(DateTimeOffset.UtcNow.AddSeconds(-(LargeDataset.PostCount / 2)), Guid.NewGuid()) : null;
}
