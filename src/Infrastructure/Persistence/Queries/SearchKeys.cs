using PageShare.Application.Common.Exceptions;
using PageShare.Application.Search;

namespace PageShare.Infrastructure.Persistence.Queries;

/// <summary>Cursor keys of the lists keyed by id (users, posts).</summary>
internal static class SearchKeys
{
    public static Guid AsGuid(SearchCursor position) => Guid.TryParse(position.Key, out var id)
        ? id
        : throw new ValidationException("cursor", "is not a valid cursor; pass the next_cursor of a previous page of the same type.");
}
