using FluentValidation;
using PageShare.Application.Common.Paging;

namespace PageShare.Application.Tickers.Queries.ListTickerPosts;

internal sealed class ListTickerPostsQueryValidator : AbstractValidator<ListTickerPostsQuery>
{
    public ListTickerPostsQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, PageRequest.MaxLimit).When(q => q.Limit.HasValue);
    }
}
