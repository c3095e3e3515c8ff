using PageShare.Infrastructure.Persistence.Queries;

namespace PageShare.Infrastructure.IntegrationTests.Persistence.QueryPlans;

/// <summary>
/// <c>GET /users/suggestions</c> (<see cref="SuggestionsReader"/>) explained over 20,000 users and 200,000 posts: every
/// source of candidates starts from the viewer's own rows and reaches the rest through indexes.
/// </summary>
[Collection(QueryPlanCollection.Name)]
public sealed class SuggestionsQueryPlanTests(LargeDatasetFixture data)
{
    [Fact]
    public async Task Suggest_ViewerWithFollowsTickersAndInterests_ReadsNoTableWhole()
    {
        var explainer = new ExplainingInterceptor();
        await using var db = data.CreateContext(explainer);

        var suggestions = await new SuggestionsReader(db).SuggestAsync(data.ViewerId, 10, CancellationToken.None);

        suggestions.Should().HaveCount(10);
        var plan = explainer.Plans.Single();
        plan.SeqScans("posts").Should().BeFalse(plan.ToString());
        plan.SeqScans("post_tickers").Should().BeFalse(plan.ToString());
        plan.SeqScans("users").Should().BeFalse(plan.ToString());
        plan.SeqScans("follows").Should().BeFalse(plan.ToString());
        plan.Uses("ix_users_followers_count").Should().BeTrue(plan.ToString());
        plan.Uses("ix_users_interests_lower").Should().BeTrue(plan.ToString());
        plan.Uses("ix_post_tickers_symbol").Should().BeTrue(plan.ToString());
    }
}
