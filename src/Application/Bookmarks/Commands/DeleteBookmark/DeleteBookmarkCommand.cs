using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.Bookmarks.Commands.DeleteBookmark;

/// <summary><c>DELETE /posts/{post_id}/bookmarks</c>: idempotent.</summary>
public sealed record DeleteBookmarkCommand(Guid PostId) : IRequest<Unit>, IWriteRequest;
