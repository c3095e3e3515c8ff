using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Application.Users;
using PageShare.Domain.Users;

namespace PageShare.Application.ContentFilters.Queries.ListContentFilters;

/// <summary>One query over ix_content_filters_user_kind, split by kind in memory.</summary>
internal sealed class ListContentFiltersQueryHandler(IReadDbContext db, ICurrentUser currentUser)
    : IRequestHandler<ListContentFiltersQuery, ContentFiltersDto>
{
    public async Task<ContentFiltersDto> Handle(ListContentFiltersQuery request, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireId();
        var rows = await (
            from f in db.Users.Where(u => u.Id == userId).SelectMany(u => u.ContentFilters)
            join t in db.Users on f.TargetUserId equals t.Id
            orderby f.CreatedAt descending, f.TargetUserId
            select new { f.Kind, User = new UserSummaryDto(t.Id, t.Username.Value, t.DisplayName, t.ProfilePictureUrl, t.IsVerified) })
            .ToListAsync(cancellationToken);

        return new ContentFiltersDto(
            rows.Where(r => r.Kind == ContentFilterKind.Mute).Select(r => r.User).ToList(),
            rows.Where(r => r.Kind == ContentFilterKind.Block).Select(r => r.User).ToList());
    }
}
