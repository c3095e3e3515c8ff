using System.Text.Json.Serialization;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.Comments.Commands.CreateComment;

/// <summary><c>POST /posts/{post_id}/comments</c>: a comment, or a reply when <see cref="ParentId"/> is set.</summary>
public sealed record CreateCommentCommand(string? Content, Guid? ParentId) : IRequest<CommentDto>, IWriteRequest
{
    /// <summary>From the route, never the body.</summary>
    [JsonIgnore]
    public Guid PostId { get; init; }
}
