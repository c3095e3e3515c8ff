using FluentValidation;

namespace PageShare.Application.Follows.Queries.GetSuggestions;

internal sealed class GetSuggestionsQueryValidator : AbstractValidator<GetSuggestionsQuery>
{
    public GetSuggestionsQueryValidator() =>
        RuleFor(q => q.Limit).InclusiveBetween(1, GetSuggestionsQuery.MaxLimit).When(q => q.Limit.HasValue);
}
