using FluentValidation;
using PageShare.Application.Common.Paging;

namespace PageShare.Application.Bookmarks.Queries.ListBookmarks;

internal sealed class ListBookmarksQueryValidator : AbstractValidator<ListBookmarksQuery>
{
    public ListBookmarksQueryValidator() =>
        RuleFor(q => q.Limit).InclusiveBetween(1, PageRequest.MaxLimit).When(q => q.Limit.HasValue);
}
