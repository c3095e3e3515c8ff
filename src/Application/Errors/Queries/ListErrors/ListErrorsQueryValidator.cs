using FluentValidation;
using PageShare.Application.Common.Models;
using PageShare.Application.Common.Paging;
using PageShare.Domain.Errors;

namespace PageShare.Application.Errors.Queries.ListErrors;

internal sealed class ListErrorsQueryValidator : AbstractValidator<ListErrorsQuery>
{
    public ListErrorsQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, PageRequest.MaxLimit).When(q => q.Limit.HasValue);
        RuleFor(q => q.Source).Must(s => ApiEnumNames.TryParse<ErrorSource>(s, out _)).When(q => q.Source is not null)
            .WithMessage($"must be one of {ApiEnumNames.Names<ErrorSource>()}.");
    }
}
