using PageShare.Application.Common.Messaging;

namespace PageShare.Application.Follows.Queries.GetSuggestions;

/// <summary><c>GET /users/suggestions</c>: users to follow, limit 1-50 (default 10).</summary>
public sealed record GetSuggestionsQuery(int? Limit) : IRequest<SuggestionsDto>
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;
}
