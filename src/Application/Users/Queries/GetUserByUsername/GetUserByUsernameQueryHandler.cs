using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Interfaces;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Application.Common.Visibility;
using PageShare.Domain.Users;

namespace PageShare.Application.Users.Queries.GetUserByUsername;

internal sealed class GetUserByUsernameQueryHandler(IReadDbContext db, IMapper mapper, ICurrentUser currentUser) : IRequestHandler<GetUserByUsernameQuery, UserDto>
{
    public async Task<UserDto> Handle(GetUserByUsernameQuery request, CancellationToken cancellationToken)
    {
        // Stored names are lower-case, so a lower-cased, valid name finds its row through the unique index.
        if (!Username.TryCreate(request.Username, out var username))
        {
            throw NotFoundException.For("User", request.Username);
        }

        var user = await db.Users.Where(u => u.Username == username).VisibleTo(db, currentUser.Id)
                       .ProjectTo<UserDto>(mapper.ConfigurationProvider)
                       .SingleOrDefaultAsync(cancellationToken)
                   ?? throw NotFoundException.For("User", request.Username);
        return await user.WithViewerAsync(db, currentUser.Id, cancellationToken);
    }
}
