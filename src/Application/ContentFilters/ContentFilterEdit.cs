using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Persistence;
using PageShare.Domain.Users;

namespace PageShare.Application.ContentFilters;

/// <summary>The shared steps of mute, unmute, block and unblock: the caller's aggregate changes, then saves.</summary>
internal static class ContentFilterEdit
{
    /// <summary>422 for self, 404 for an unknown target; otherwise applies <paramref name="edit"/> to the caller and saves.</summary>
    public static async Task ApplyAsync(IRepository<User> users, IReadDbContext db, Guid callerId, Guid targetUserId,
        Action<User> edit, CancellationToken cancellationToken)
    {
        // Checked here as well as in the aggregate, because unmute and unblock of oneself change nothing there.
        if (targetUserId == callerId)
        {
            throw new ValidationException("user_id", "cannot be yourself.");
        }

        if (!await db.Users.AnyAsync(u => u.Id == targetUserId, cancellationToken))
        {
            throw NotFoundException.For("User", targetUserId);
        }

        var caller = await users.GetByIdAsync(callerId, cancellationToken) ?? throw NotFoundException.For("User", callerId);
        edit(caller);
        // The caller is tracked: saving picks up the added or removed content_filters rows (Update would mark new rows modified).
        await users.SaveChangesAsync(cancellationToken);
    }
}
