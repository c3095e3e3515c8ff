using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Domain.Comments;
using PageShare.Domain.Posts;
using PageShare.Domain.Reports;

namespace PageShare.Application.Reports.Commands.ModerateReport;

internal sealed class ModerateReportCommandHandler(
    IRepository<Report> reports,
    IRepository<Post> posts,
    IRepository<Comment> comments,
    IReadDbContext db,
    ICurrentUser currentUser,
    TimeProvider clock) : IRequestHandler<ModerateReportCommand, ModerationReportDto>
{
    public async Task<ModerationReportDto> Handle(ModerateReportCommand command, CancellationToken cancellationToken)
    {
        var adminId = currentUser.RequireId();
        var now = clock.GetUtcNow();
        var report = await reports.GetByIdAsync(command.ReportId, cancellationToken)
            ?? throw NotFoundException.For("Report", command.ReportId);

        if (command.Status == ReportStatus.Dismissed)
        {
            report.Dismiss(adminId, now, command.Action);
        }
        else
        {
            report.Resolve(adminId, now, command.Action);
            if (command.Action == ModerationAction.DeleteContent)
            {
                await DeleteContentAsync(report, adminId, now, cancellationToken);
            }
        }

        try
        {
            // One SaveChanges: the content's deletion and the report's closing commit together.
            await reports.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("report_closed", "Another moderator closed this report first.");
        }

        return await db.Reports.Where(r => r.Id == report.Id).ToModerationDto(db.Reports).SingleAsync(cancellationToken);
    }

    // Content already deleted (or removed with its author) needs nothing more: the report still closes.
    private async Task DeleteContentAsync(Report report, Guid adminId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (report.TargetType == ReportTargetType.Post)
        {
            var post = await posts.GetByIdAsync(report.TargetId, cancellationToken);
            post?.Delete(adminId, actorIsAdmin: true, now);
            return;
        }

        var comment = await comments.GetByIdAsync(report.TargetId, cancellationToken);
        if (comment is not null)
        {
            var postAuthorId = await db.Posts.Where(p => p.Id == comment.PostId).Select(p => p.AuthorId).SingleAsync(cancellationToken);
            comment.Delete(adminId, postAuthorId, actorIsAdmin: true, now);
        }
    }
}
