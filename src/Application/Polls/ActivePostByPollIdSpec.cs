using PageShare.Application.Common.Specifications;
using PageShare.Domain.Posts;

namespace PageShare.Application.Polls;

/// <summary>The live post owning a poll; the poll and its options come with it (auto-included).</summary>
internal sealed class ActivePostByPollIdSpec : Specification<Post>
{
    public ActivePostByPollIdSpec(Guid pollId) =>
        Query.Where(p => p.Poll != null && p.Poll.Id == pollId && p.DeletedAt == null).AsNoTracking();
}
