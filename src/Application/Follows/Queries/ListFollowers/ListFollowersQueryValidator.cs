using FluentValidation;
using PageShare.Application.Common.Paging;

namespace PageShare.Application.Follows.Queries.ListFollowers;

internal sealed class ListFollowersQueryValidator : AbstractValidator<ListFollowersQuery>
{
    public ListFollowersQueryValidator() =>
        RuleFor(q => q.Limit).InclusiveBetween(1, PageRequest.MaxLimit).When(q => q.Limit.HasValue);
}
