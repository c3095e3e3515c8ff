using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Domain.Reports;

namespace PageShare.Application.Reports.Commands.CreateReport;

internal sealed class CreateReportCommandHandler(IRepository<Report> reports, IReadDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<CreateReportCommand, ReportDto>
{
    public async Task<ReportDto> Handle(CreateReportCommand command, CancellationToken cancellationToken)
    {
        var reporterId = currentUser.RequireId();
        var targetType = command.TargetType!.Value;
        var targetId = command.TargetId!.Value;
        if (!await TargetExistsAsync(targetType, targetId, cancellationToken))
        {
            throw NotFoundException.For(targetType.ToString(), targetId);
        }

        // A second open report of the same target fails on ux_reports_open_per_reporter_target: 409.
        var report = Report.Create(reporterId, targetType, targetId, command.Reason!.Value, command.Details, clock.GetUtcNow());
        await reports.AddAsync(report, cancellationToken);
        return new ReportDto(report.Id, report.TargetType, report.TargetId, report.Reason, report.Details, report.Status, report.CreatedAt);
    }

    // Deleted content is gone for the reporter too: only live posts and live comments of live posts can be reported.
    private Task<bool> TargetExistsAsync(ReportTargetType type, Guid id, CancellationToken cancellationToken) => type switch
    {
        ReportTargetType.Post => db.Posts.AnyAsync(p => p.Id == id && p.DeletedAt == null, cancellationToken),
        ReportTargetType.Comment => db.Comments.AnyAsync(
            c => c.Id == id && c.DeletedAt == null && db.Posts.Any(p => p.Id == c.PostId && p.DeletedAt == null), cancellationToken),
        _ => db.Users.AnyAsync(u => u.Id == id, cancellationToken),
    };
}
