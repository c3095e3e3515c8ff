using AutoMapper;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;

namespace PageShare.Application.Follows.Queries.GetSuggestions;

internal sealed class GetSuggestionsQueryHandler(IReadDbContext db, IMapper mapper, ISuggestionsReader suggestions, ICurrentUser currentUser)
    : IRequestHandler<GetSuggestionsQuery, SuggestionsDto>
{
    public async Task<SuggestionsDto> Handle(GetSuggestionsQuery request, CancellationToken cancellationToken)
    {
        var viewerId = currentUser.RequireId();
        var ranked = await suggestions.SuggestAsync(viewerId, request.Limit ?? GetSuggestionsQuery.DefaultLimit, cancellationToken);
        var users = await FollowLists.LoadSummariesAsync(db, mapper, ranked.Select(s => s.UserId).ToList(), cancellationToken);
        var byId = users.ToDictionary(u => u.Id);
        return new SuggestionsDto(ranked.Where(s => byId.ContainsKey(s.UserId))
            .Select(s => new SuggestionDto(byId[s.UserId], s.Reason, s.Score)).ToList());
    }
}
