using FluentValidation;
using PageShare.Domain.Reports;

namespace PageShare.Application.Reports.Commands.CreateReport;

internal sealed class CreateReportCommandValidator : AbstractValidator<CreateReportCommand>
{
    public CreateReportCommandValidator()
    {
        RuleFor(c => c.TargetType).NotNull();
        RuleFor(c => c.TargetId).NotNull().NotEqual(Guid.Empty);
        RuleFor(c => c.Reason).NotNull();
        RuleFor(c => c.Details).Must(d => d is null || d.Trim().EnumerateRunes().Count() <= Report.MaxDetailsLength)
            .WithMessage($"must be at most {Report.MaxDetailsLength} characters.");
    }
}
