using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Application.Common.Visibility;

namespace PageShare.Application.Users.Queries.GetUser;

internal sealed class GetUserQueryHandler(IReadDbContext db, IMapper mapper, ICurrentUser currentUser) : IRequestHandler<GetUserQuery, UserDto>
{
    public async Task<UserDto> Handle(GetUserQuery request, CancellationToken cancellationToken)
    {
        var user = await db.Users.Where(u => u.Id == request.UserId).VisibleTo(db, currentUser.Id)
                       .ProjectTo<UserDto>(mapper.ConfigurationProvider)
                       .SingleOrDefaultAsync(cancellationToken)
                   ?? throw NotFoundException.For("User", request.UserId);
        return await user.WithViewerAsync(db, currentUser.Id, cancellationToken);
    }
}
