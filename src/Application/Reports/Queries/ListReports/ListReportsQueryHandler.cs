using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Models;
using PageShare.Application.Common.Paging;
using PageShare.Application.Common.Persistence;
using PageShare.Domain.Reports;

namespace PageShare.Application.Reports.Queries.ListReports;

internal sealed class ListReportsQueryHandler(IReadDbContext db) : IRequestHandler<ListReportsQuery, CursorPage<ModerationReportDto>>
{
    public async Task<CursorPage<ModerationReportDto>> Handle(ListReportsQuery request, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? PageRequest.DefaultLimit;
        var reports = db.Reports;
        if (ApiEnumNames.ParseOrNull<ReportStatus>(request.Status) is { } status)
        {
            reports = reports.Where(r => r.Status == status);
        }

        if (ApiEnumNames.ParseOrNull<ReportTargetType>(request.TargetType) is { } targetType)
        {
            reports = reports.Where(r => r.TargetType == targetType);
        }

        var rows = await reports.PageAfter(KeysetCursor.Decode(request.Cursor), limit, r => r.CreatedAt, r => r.Id)
            .ToModerationDto(db.Reports).ToListAsync(cancellationToken);
        var page = rows.Take(limit).ToList();
        var next = rows.Count > limit ? new KeysetCursor(page[^1].CreatedAt, page[^1].Id).Encode() : null;
        return new CursorPage<ModerationReportDto>(page, next);
    }
}
