using AutoMapper;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Paging;
using PageShare.Application.Common.Persistence;
using PageShare.Application.Users;

namespace PageShare.Application.Follows.Queries.ListFollowers;

internal sealed class ListFollowersQueryHandler(IReadDbContext db, IMapper mapper, ICurrentUser currentUser)
    : IRequestHandler<ListFollowersQuery, CursorPage<UserSummaryDto>>
{
    public Task<CursorPage<UserSummaryDto>> Handle(ListFollowersQuery request, CancellationToken cancellationToken) =>
        FollowLists.PageAsync(db, mapper, request.UserId, currentUser.Id, followers: true, request.Limit, request.Cursor, cancellationToken);
}
