using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Paging;
using PageShare.Infrastructure.Persistence.Queries;

namespace PageShare.Infrastructure.IntegrationTests.Persistence.QueryPlans;

/// <summary>
/// The one statement of a comments page (<see cref="CommentPageReader"/>), explained on a post with 5,020 of the
/// 45,000 comments: the first page and one past 2,500 comments are both a range of ix_comments_post, the cursor part of
/// the range's condition, never a read of every comment.
/// </summary>
[Collection(QueryPlanCollection.Name)]
public sealed class CommentPageQueryPlanTests(LargeDatasetFixture data)
{
    public static TheoryData<bool> Pages => new() { false, true };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task ReadAsync_FirstAndDeepPage_SeeksIxCommentsPostWithoutASeqScan(bool deep)
    {
        var cursor = deep ? await CursorAfterAsync(2500) : (KeysetCursor?)null;
        var explainer = new ExplainingInterceptor();
        await using var db = data.CreateContext(explainer);

        var rows = await new CommentPageReader(db).ReadAsync(data.MostCommentedPostId, data.ViewerId, cursor, PageRequest.DefaultLimit,
            CancellationToken.None);

        rows.PostVisible.Should().BeTrue();
        rows.Comments.Should().HaveCount(PageRequest.DefaultLimit + 1);
        if (cursor is { } after)
        {
            rows.Comments[0].CreatedAt.Should().BeAfter(after.At);
        }

        var plan = explainer.Plans.Single();
        plan.SeqScans("comments").Should().BeFalse(plan.ToString());
        plan.SeqScans("posts").Should().BeFalse(plan.ToString());
        plan.SeqScans("users").Should().BeFalse(plan.ToString());
        plan.Walks("ix_comments_post").Should().BeTrue(plan.ToString());
        var seek = plan.Nodes.Single(n => n.Index == "ix_comments_post").IndexCond;
        seek.Should().Contain("post_id", plan.ToString());
        if (deep)
        {
            seek.Should().Contain("created_at", "the cursor must bound the range, not filter a walk from the start");
        }
    }

    // The position of the post's comment number `skip`, oldest first, as a page's cursor would carry it.
    private async Task<KeysetCursor> CursorAfterAsync(int skip)
    {
        await using var db = data.CreateContext(new ExplainingInterceptor());
        var key = await db.Comments.Where(c => c.PostId == data.MostCommentedPostId)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Skip(skip)
            .Select(c => new { c.CreatedAt, c.Id }).FirstAsync();
        return new KeysetCursor(key.CreatedAt, key.Id);
    }
}
