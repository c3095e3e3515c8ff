using Microsoft.EntityFrameworkCore;
using PageShare.Infrastructure.Persistence.Queries;

namespace PageShare.Infrastructure.IntegrationTests.Persistence.QueryPlans;

/// <summary>
/// The one statement that reads a page of posts with every detail (<see cref="PostRowReader"/>), explained over
/// 200,000 posts for a small and a full page: every post, author, ticker list and viewer flag is reached by key.
/// </summary>
[Collection(QueryPlanCollection.Name)]
public sealed class PostRowsQueryPlanTests(LargeDatasetFixture data)
{
    public static TheoryData<int> PageSizes => new() { 20, 100 };

    [Theory]
    [MemberData(nameof(PageSizes))]
    public async Task ReadAsync_PageOfRepostedAndTaggedPosts_ReadsNoBigTableWhole(int pageSize)
    {
        var explainer = new ExplainingInterceptor();
        await using var db = data.CreateContext(explainer);
        // Reposted posts: the viewer's repost flag must find them through reposts' primary key, not by reading it.
        var ids = await db.Reposts.OrderByDescending(r => r.CreatedAt).Select(r => r.PostId).Distinct().Take(pageSize).ToListAsync();

        var rows = await new PostRowReader(db).ReadAsync(ids, data.ViewerId, CancellationToken.None);

        rows.Should().NotBeEmpty();
        rows.Should().Contain(r => r.Tickers.Count > 0);
        var plan = explainer.Plans.Last();
        plan.Sql.Should().Contain("WITH hidden AS");
        plan.SeqScans("posts").Should().BeFalse(plan.ToString());
        plan.SeqScans("users").Should().BeFalse(plan.ToString());
        plan.SeqScans("post_tickers").Should().BeFalse(plan.ToString());
        plan.SeqScans("reposts").Should().BeFalse(plan.ToString());
        plan.Uses("posts_pkey").Should().BeTrue(plan.ToString());
    }
}
