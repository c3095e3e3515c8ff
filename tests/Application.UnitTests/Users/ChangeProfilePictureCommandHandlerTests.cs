using AutoMapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PageShare.Application.Storage;
using PageShare.Application.UnitTests.Fakes;
using PageShare.Application.Users.Commands.ChangeProfilePicture;
using PageShare.Domain.Users;
using PageShare.Infrastructure.Media;
using PageShare.TestSupport.Storage;

namespace PageShare.Application.UnitTests.Users;

public sealed class ChangeProfilePictureCommandHandlerTests
{
    private static readonly StorageBuckets Buckets = new("profile-pictures", "post-media");
    private readonly InMemoryUserRepository _users = new();
    private readonly InMemoryFileStorage _storage = new();
    private readonly User _user = User.Provision(Guid.NewGuid(), "pic@example.com", Username.Create("pic_user"), false, DateTimeOffset.UnixEpoch);

    public ChangeProfilePictureCommandHandlerTests() => _users.Seed(_user);

    [Fact]
    public async Task Handle_SecondPicture_DeletesTheFirstOnlyAfterSaving()
    {
        await UploadAsync();
        var first = _storage.Objects.Keys.Single();

        await UploadAsync();

        _storage.Objects.Keys.Should().ContainSingle().Which.Should().NotBe(first);
        _user.ProfilePicturePath.Should().NotBeNull();
        _storage.Objects.Should().ContainKey($"profile-pictures/{_user.ProfilePicturePath}");
    }

    [Fact]
    public async Task Handle_SaveFails_RemovesTheNewObjectAndKeepsTheOld()
    {
        await UploadAsync();
        var first = _storage.Objects.Keys.Single();
        _users.FailNextSave = true;

        var act = UploadAsync;

        await act.Should().ThrowAsync<InvalidOperationException>();
        _storage.Objects.Keys.Should().Equal(first); // no orphan, and the profile's current picture still exists
    }

    private async Task UploadAsync()
    {
        var bytes = TestImages.Png(32, 32);
        var handler = new ChangeProfilePictureCommandHandler(_users, FakeCurrentUser.Signed(_user.Id), Mapper(), _storage,
            new ImageInspector(), Buckets, NullLogger<ChangeProfilePictureCommandHandler>.Instance);
        await handler.Handle(new ChangeProfilePictureCommand(new MemoryStream(bytes), "me.png", bytes.Length), CancellationToken.None);
    }

    private static IMapper Mapper()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddAutoMapper(_ => { }, typeof(PageShare.Application.DependencyInjection).Assembly);
        return services.BuildServiceProvider().GetRequiredService<IMapper>();
    }
}
