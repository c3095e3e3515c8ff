using AutoMapper;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Paging;
using PageShare.Application.Common.Persistence;
using PageShare.Application.Users;

namespace PageShare.Application.Follows.Queries.ListFollowing;

internal sealed class ListFollowingQueryHandler(IReadDbContext db, IMapper mapper, ICurrentUser currentUser)
    : IRequestHandler<ListFollowingQuery, CursorPage<UserSummaryDto>>
{
    public Task<CursorPage<UserSummaryDto>> Handle(ListFollowingQuery request, CancellationToken cancellationToken) =>
        FollowLists.PageAsync(db, mapper, request.UserId, currentUser.Id, followers: false, request.Limit, request.Cursor, cancellationToken);
}
