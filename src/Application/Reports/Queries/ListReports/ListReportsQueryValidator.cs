using FluentValidation;
using PageShare.Application.Common.Models;
using PageShare.Application.Common.Paging;
using PageShare.Domain.Reports;

namespace PageShare.Application.Reports.Queries.ListReports;

internal sealed class ListReportsQueryValidator : AbstractValidator<ListReportsQuery>
{
    public ListReportsQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, PageRequest.MaxLimit).When(q => q.Limit.HasValue);
        RuleFor(q => q.Status).Must(s => ApiEnumNames.TryParse<ReportStatus>(s, out _)).When(q => q.Status is not null)
            .WithMessage($"must be one of {ApiEnumNames.Names<ReportStatus>()}.");
        RuleFor(q => q.TargetType).Must(t => ApiEnumNames.TryParse<ReportTargetType>(t, out _)).When(q => q.TargetType is not null)
            .WithMessage($"must be one of {ApiEnumNames.Names<ReportTargetType>()}.");
    }
}
