using FluentValidation;
using PageShare.Application.Common.Paging;
using PageShare.Domain.Posts;

namespace PageShare.Application.Posts.Queries.ListPosts;

internal sealed class ListPostsQueryValidator : AbstractValidator<ListPostsQuery>
{
    public ListPostsQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, PageRequest.MaxLimit).When(q => q.Limit.HasValue);
        RuleFor(q => q.Ticker).Must(t => TickerSymbol.TryCreate(t?.TrimStart('$', '#'), out _))
            .When(q => q.Ticker is not null).WithMessage("is not a ticker symbol.");
    }
}
