using PageShare.Application.Users;

namespace PageShare.Application.Comments;

/// <summary>A comment as every endpoint returns it: author, stats and the caller's like.</summary>
public sealed record CommentDto(
    Guid Id,
    Guid PostId,
    Guid? ParentId,
    UserSummaryDto Author,
    string Content,
    DateTimeOffset CreatedAt,
    CommentStatsDto Stats,
    CommentViewerDto Viewer);
