using FluentValidation;
using PageShare.Application.Common.Paging;

namespace PageShare.Application.Feed.Queries.GetFeed;

internal sealed class GetFeedQueryValidator : AbstractValidator<GetFeedQuery>
{
    public GetFeedQueryValidator()
    {
        RuleFor(q => q.Scope).Must(s => FeedScopeNames.TryParse(s, out _))
            .WithMessage($"must be one of {string.Join(", ", FeedScopeNames.Names)}.");
        RuleFor(q => q.Limit).InclusiveBetween(1, PageRequest.MaxLimit).When(q => q.Limit.HasValue);
    }
}
