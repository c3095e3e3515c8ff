using AutoMapper;
using PageShare.Domain.Users;

namespace PageShare.Application.Users;

/// <summary>Flat projections of <see cref="User"/>, used with <c>ProjectTo</c> so only the needed columns are read.</summary>
internal sealed class UserMappingProfile : Profile
{
    public UserMappingProfile()
    {
        CreateMap<User, UserSummaryDto>()
            .ForCtorParam(nameof(UserSummaryDto.Username), o => o.MapFrom(u => u.Username.Value));
        CreateMap<User, UserDto>()
            .ForMember(d => d.Username, o => o.MapFrom(u => u.Username.Value))
            .ForMember(d => d.Country, o => o.MapFrom(u => u.CountryCode))
            // Not a column: the handlers add the viewer's flags with one more query (UserViewerFlags).
            .ForMember(d => d.Viewer, o => o.Ignore());
        CreateMap<User, CurrentUserDto>()
            .IncludeBase<User, UserDto>()
            .ForMember(d => d.Role, o => o.MapFrom(u => u.Role));
    }
}
