using PageShare.Application.Common.Behaviours;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;
using PageShare.Application.UnitTests.Fakes;

namespace PageShare.Application.UnitTests.Common.Behaviours;

public sealed class AuthorizationBehaviourTests
{
    private static readonly RequestHandlerDelegate<string> Next = _ => Task.FromResult("ran");

    [Fact]
    public async Task Handle_ReadWithoutUser_Runs()
    {
        var behaviour = new AuthorizationBehaviour<ReadRequest, string>(new FakeCurrentUser(), new FakeUserRoles(), new OperatorSession());

        var answer = await behaviour.Handle(new ReadRequest(), Next, default);

        answer.Should().Be("ran");
    }

    [Fact]
    public async Task Handle_WriteWithoutUser_ThrowsUnauthorized()
    {
        var behaviour = new AuthorizationBehaviour<WriteRequest, string>(new FakeCurrentUser(), new FakeUserRoles(), new OperatorSession());

        var act = () => behaviour.Handle(new WriteRequest(), Next, default);

        await act.Should().ThrowAsync<UnauthorizedException>();
    }

    [Fact]
    public async Task Handle_WriteByAnonymousSession_ThrowsForbidden()
    {
        var user = new FakeCurrentUser { Id = Guid.NewGuid(), IsAnonymous = true };
        var behaviour = new AuthorizationBehaviour<WriteRequest, string>(user, new FakeUserRoles(), new OperatorSession());

        var act = () => behaviour.Handle(new WriteRequest(), Next, default);

        await act.Should().ThrowAsync<ForbiddenException>();
    }

    [Fact]
    public async Task Handle_AdminRequestByPlainUser_ThrowsForbidden()
    {
        var behaviour = new AuthorizationBehaviour<AdminRequest, string>(FakeCurrentUser.Signed(), new FakeUserRoles(), new OperatorSession());

        var act = () => behaviour.Handle(new AdminRequest(), Next, default);

        await act.Should().ThrowAsync<ForbiddenException>();
    }

    [Fact]
    public async Task Handle_AdminRequestByStoredAdmin_Runs()
    {
        var user = FakeCurrentUser.Signed();
        var behaviour = new AuthorizationBehaviour<AdminRequest, string>(user, new FakeUserRoles(user.Id!.Value), new OperatorSession());

        var answer = await behaviour.Handle(new AdminRequest(), Next, default);

        answer.Should().Be("ran");
    }

    [Fact]
    public async Task Handle_AdminRequestWithAdminClaim_Runs()
    {
        var user = new FakeCurrentUser { Id = Guid.NewGuid(), HasAdminClaim = true };
        var behaviour = new AuthorizationBehaviour<AdminRequest, string>(user, new FakeUserRoles(), new OperatorSession());

        var answer = await behaviour.Handle(new AdminRequest(), Next, default);

        answer.Should().Be("ran");
    }

    [Fact]
    public async Task Handle_OperatorRequestOverHttpEvenByAdmin_ThrowsForbidden()
    {
        var admin = new FakeCurrentUser { Id = Guid.NewGuid(), HasAdminClaim = true };
        var behaviour = new AuthorizationBehaviour<OperatorRequest, string>(admin, new FakeUserRoles(admin.Id!.Value), new OperatorSession());

        var act = () => behaviour.Handle(new OperatorRequest(), Next, default);

        await act.Should().ThrowAsync<ForbiddenException>();
    }

    [Fact]
    public async Task Handle_OperatorRequestInOperatorSession_RunsWithoutUser()
    {
        var session = new OperatorSession();
        session.BeginOperatorSession();
        var behaviour = new AuthorizationBehaviour<OperatorRequest, string>(new FakeCurrentUser(), new FakeUserRoles(), session);

        var answer = await behaviour.Handle(new OperatorRequest(), Next, default);

        answer.Should().Be("ran");
    }

    public sealed record ReadRequest : IRequest<string>;

    public sealed record OperatorRequest : IRequest<string>, IOperatorRequest;

    public sealed record WriteRequest : IRequest<string>, IWriteRequest;

    public sealed record AdminRequest : IRequest<string>, IAdminRequest;
}
