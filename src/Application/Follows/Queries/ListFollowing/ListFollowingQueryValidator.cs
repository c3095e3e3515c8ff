using FluentValidation;
using PageShare.Application.Common.Paging;

namespace PageShare.Application.Follows.Queries.ListFollowing;

internal sealed class ListFollowingQueryValidator : AbstractValidator<ListFollowingQuery>
{
    public ListFollowingQueryValidator() =>
        RuleFor(q => q.Limit).InclusiveBetween(1, PageRequest.MaxLimit).When(q => q.Limit.HasValue);
}
