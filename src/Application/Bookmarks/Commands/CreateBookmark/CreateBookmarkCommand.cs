using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.Application.Bookmarks.Commands.CreateBookmark;

/// <summary><c>POST /posts/{post_id}/bookmarks</c>: idempotent.</summary>
public sealed record CreateBookmarkCommand(Guid PostId) : IRequest<BookmarkDto>, IWriteRequest;
