using FluentValidation;

namespace PageShare.Application.Tickers.Queries.ListTrendingTickers;

internal sealed class ListTrendingTickersQueryValidator : AbstractValidator<ListTrendingTickersQuery>
{
    public ListTrendingTickersQueryValidator()
    {
        RuleFor(q => q.Window).Must(w => TrendingWindow.TryGetLength(w, out _))
            .WithMessage($"must be one of {string.Join(", ", TrendingWindow.Names)}.");
        RuleFor(q => q.Limit).InclusiveBetween(1, ListTrendingTickersQuery.MaxLimit).When(q => q.Limit.HasValue);
    }
}
