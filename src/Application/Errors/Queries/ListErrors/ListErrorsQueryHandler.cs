using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Models;
using PageShare.Application.Common.Paging;
using PageShare.Application.Common.Persistence;
using PageShare.Domain.Errors;

namespace PageShare.Application.Errors.Queries.ListErrors;

/// <summary>
/// Keyset paging on (last_seen_at, id). A group seen again while an admin pages moves to the top: it is not shown
/// twice, and the next refresh of the first page shows it.
/// </summary>
internal sealed class ListErrorsQueryHandler(IReadDbContext db) : IRequestHandler<ListErrorsQuery, CursorPage<ErrorLogDto>>
{
    public async Task<CursorPage<ErrorLogDto>> Handle(ListErrorsQuery request, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? PageRequest.DefaultLimit;
        var errors = db.ErrorLogs;
        if (request.Resolved is { } resolved)
        {
            errors = errors.Where(e => e.Resolved == resolved);
        }

        if (ApiEnumNames.ParseOrNull<ErrorSource>(request.Source) is { } source)
        {
            errors = errors.Where(e => e.Source == source);
        }

        var rows = await errors.PageAfter(KeysetCursor.Decode(request.Cursor), limit, e => e.LastSeenAt, e => e.Id)
            .ToListAsync(cancellationToken);
        var page = rows.Take(limit).ToList();
        var next = rows.Count > limit ? new KeysetCursor(page[^1].LastSeenAt, page[^1].Id).Encode() : null;
        return new CursorPage<ErrorLogDto>(page.Select(ErrorLogDto.From).ToList(), next);
    }
}
