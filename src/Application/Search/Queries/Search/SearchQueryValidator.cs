using FluentValidation;
using PageShare.Application.Common.Paging;

namespace PageShare.Application.Search.Queries.Search;

internal sealed class SearchQueryValidator : AbstractValidator<SearchQuery>
{
    public const int MaxQueryLength = 100;

    public SearchQueryValidator()
    {
        RuleFor(q => q.Q).Must(q => !string.IsNullOrWhiteSpace(q) && q.Trim().EnumerateRunes().Count() <= MaxQueryLength)
            .WithMessage($"must be 1 to {MaxQueryLength} characters.");
        RuleFor(q => q.Type).Must(t => SearchTypeNames.TryParse(t, out _))
            .WithMessage($"must be one of {string.Join(", ", SearchTypeNames.Names)}.");
        RuleFor(q => q.Limit).InclusiveBetween(1, PageRequest.MaxLimit).When(q => q.Limit.HasValue);
        RuleFor(q => q.Cursor).Null()
            .When(q => SearchTypeNames.TryParse(q.Type, out var type) && type == SearchType.All)
            .WithMessage("pages a single type: pass type=users, tickers or posts with it.");
    }
}
