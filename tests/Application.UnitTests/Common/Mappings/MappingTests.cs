using AutoMapper;
using Microsoft.Extensions.DependencyInjection;
using PageShare.Application.Users;
using PageShare.Domain.Users;

namespace PageShare.Application.UnitTests.Common.Mappings;

public sealed class MappingTests
{
    private readonly IMapper _mapper;

    public MappingTests()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddAutoMapper(_ => { }, typeof(PageShare.Application.DependencyInjection).Assembly);
        _mapper = services.BuildServiceProvider().GetRequiredService<IMapper>();
    }

    [Fact]
    public void Configuration_AllProfiles_IsValid() =>
        _mapper.ConfigurationProvider.AssertConfigurationIsValid();

    [Fact]
    public void Map_UserToCurrentUser_CopiesUsernameAndRole()
    {
        var user = User.Provision(Guid.NewGuid(), "a@b.io", Username.Create("alice"), false, DateTimeOffset.UnixEpoch);

        var dto = _mapper.Map<CurrentUserDto>(user);

        dto.Username.Should().Be("alice");
        dto.Role.Should().Be(UserRole.User);
        dto.Email.Should().Be("a@b.io");
    }

    [Fact]
    public void ProjectTo_UserSummary_ProjectsOnQueryable()
    {
        var users = new[] { User.Provision(Guid.NewGuid(), null, Username.Create("bob"), false, DateTimeOffset.UnixEpoch) }.AsQueryable();

        var summary = _mapper.ProjectTo<UserSummaryDto>(users).Single();

        summary.Username.Should().Be("bob");
        summary.DisplayName.Should().Be("bob");
    }
}
