using PageShare.Domain.Common;
using PageShare.Domain.Users;

namespace PageShare.Domain.UnitTests.Users;

public sealed class UserTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Provision_NewUser_StartsAsPlainUserWithoutOnboarding()
    {
        var id = Guid.NewGuid();

        var user = User.Provision(id, " jane@example.com ", Username.Create("jane"), isAnonymous: false, Now);

        user.Id.Should().Be(id);
        user.Email.Should().Be("jane@example.com");
        user.DisplayName.Should().Be("jane");
        user.Role.Should().Be(UserRole.User);
        user.OnboardingCompleted.Should().BeFalse();
        user.Interests.Should().BeEmpty();
        user.CreatedAt.Should().Be(Now);
    }

    [Fact]
    public void Provision_BlankEmail_StoresNull()
    {
        var user = User.Provision(Guid.NewGuid(), "", Username.Create("guest"), isAnonymous: true, Now);

        user.Email.Should().BeNull();
        user.IsAnonymous.Should().BeTrue();
    }

    [Fact]
    public void Provision_EmptyId_Throws()
    {
        var act = () => User.Provision(Guid.Empty, null, Username.Create("jane"), false, Now);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("invalid_user_id");
    }
}

public sealed class UserProfileTests
{
    private static User NewUser() => User.Provision(Guid.NewGuid(), "a@b.io", Username.Create("alice"), false, DateTimeOffset.UnixEpoch);

    [Fact]
    public void CompleteOnboarding_ValidInput_SetsFieldsAndFlag()
    {
        var user = NewUser();

        user.CompleteOnboarding(Username.Create("alice_trades"), "Alice", "Options nerd", ["Options"], "Europe/Berlin", "de", "hash");

        user.OnboardingCompleted.Should().BeTrue();
        user.Username.Value.Should().Be("alice_trades");
        user.CountryCode.Should().Be("DE");
        user.IpHash.Should().Be("hash");
        user.Timezone.Should().Be("Europe/Berlin");
    }

    [Fact]
    public void CompleteOnboarding_UnknownCountry_KeepsPrevious()
    {
        var user = NewUser();
        user.CompleteOnboarding(Username.Create("alice"), "Alice", null, [], null, "FR", "h1");

        user.CompleteOnboarding(Username.Create("alice"), "Alice", null, [], null, null, null);

        user.CountryCode.Should().Be("FR");
        user.IpHash.Should().Be("h1");
    }

    [Fact]
    public void ReplaceProfilePicture_Twice_ReturnsOldPathForDeletion()
    {
        var user = NewUser();

        user.ReplaceProfilePicture("https://cdn/1.png", "u/1.png").Should().BeNull();
        user.ReplaceProfilePicture("https://cdn/2.png", "u/2.png").Should().Be("u/1.png");
        user.RemoveProfilePicture().Should().Be("u/2.png");
        user.ProfilePictureUrl.Should().BeNull();
    }
}

public sealed class UserContentFilterTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UnixEpoch;
    private readonly User _user = User.Provision(Guid.NewGuid(), "f@b.io", Username.Create("filterer"), false, Now);

    [Fact]
    public void Block_FirstTime_RaisesEventOnce()
    {
        var target = Guid.NewGuid();

        _user.Block(target, Now);
        _user.Block(target, Now);

        _user.HasBlocked(target).Should().BeTrue();
        _user.ContentFilters.Should().ContainSingle();
        _user.DomainEvents.OfType<PageShare.Domain.Users.Events.UserBlockedEvent>().Should().ContainSingle()
            .Which.Should().Be(new PageShare.Domain.Users.Events.UserBlockedEvent(_user.Id, target));
    }

    [Fact]
    public void Mute_IsIdempotentAndIndependentOfBlock()
    {
        var target = Guid.NewGuid();

        _user.Mute(target, Now);
        _user.Mute(target, Now);
        _user.Block(target, Now);
        _user.Unmute(target);

        _user.HasMuted(target).Should().BeFalse();
        _user.HasBlocked(target).Should().BeTrue();
    }

    [Fact]
    public void MuteOrBlock_Self_Throws()
    {
        FluentActions.Invoking(() => _user.Mute(_user.Id, Now)).Should().Throw<DomainException>().Which.Code.Should().Be("cannot_filter_self");
        FluentActions.Invoking(() => _user.Block(_user.Id, Now)).Should().Throw<DomainException>();
    }

    [Fact]
    public void Unblock_NotBlocked_DoesNothing()
    {
        _user.Unblock(Guid.NewGuid());

        _user.ContentFilters.Should().BeEmpty();
    }
}
