using FluentValidation;
using PageShare.Application.Common.Paging;

namespace PageShare.Application.Comments.Queries.ListComments;

internal sealed class ListCommentsQueryValidator : AbstractValidator<ListCommentsQuery>
{
    public ListCommentsQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, PageRequest.MaxLimit).When(q => q.Limit.HasValue);
    }
}
