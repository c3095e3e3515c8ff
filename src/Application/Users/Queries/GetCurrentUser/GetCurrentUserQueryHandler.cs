using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;

namespace PageShare.Application.Users.Queries.GetCurrentUser;

internal sealed class GetCurrentUserQueryHandler(IReadDbContext db, ICurrentUser currentUser, IMapper mapper)
    : IRequestHandler<GetCurrentUserQuery, CurrentUserDto>
{
    public async Task<CurrentUserDto> Handle(GetCurrentUserQuery request, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireId();
        var user = await db.Users.Where(u => u.Id == userId)
            .ProjectTo<CurrentUserDto>(mapper.ConfigurationProvider)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("User", userId);

        return user.WithTokenRole(currentUser);
    }
}
