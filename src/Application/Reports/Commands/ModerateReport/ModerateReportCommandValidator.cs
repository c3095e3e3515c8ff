using FluentValidation;
using PageShare.Domain.Reports;

namespace PageShare.Application.Reports.Commands.ModerateReport;

internal sealed class ModerateReportCommandValidator : AbstractValidator<ModerateReportCommand>
{
    public ModerateReportCommandValidator()
    {
        RuleFor(c => c.Status).NotNull()
            .Must(s => s is ReportStatus.Resolved or ReportStatus.Dismissed).WithMessage("must be resolved or dismissed.");
    }
}
