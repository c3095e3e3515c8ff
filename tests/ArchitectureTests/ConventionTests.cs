using Microsoft.EntityFrameworkCore;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Persistence;
using PageShare.Domain.Common;

namespace PageShare.ArchitectureTests;

public sealed class ConventionTests
{
    private static readonly Type[] ApplicationTypes = Layers.Application.GetTypes();

    [Fact]
    public void Handlers_AreInternalSealedAndNamedAfterTheirRequest() =>
        Rules.HandlersNotInternalSealedOrMisnamed(ApplicationTypes).Should().BeEmpty();

    [Fact]
    public void Handlers_Exist() => Rules.HandlerTypes(ApplicationTypes).Should().NotBeEmpty();

    [Fact]
    public void Requests_EndInCommandOrQuery() =>
        Rules.RequestsNotNamedCommandOrQuery(ApplicationTypes).Should().BeEmpty();

    [Fact]
    public void Validators_EndInValidator() => Rules.ValidatorsMisnamed(ApplicationTypes).Should().BeEmpty();

    [Fact]
    public void DomainEvents_AreSealedAndEndInEvent() => Rules.EventsMisnamed(Layers.Domain.GetTypes()).Should().BeEmpty();

    [Fact]
    public void Entities_HaveNoPublicSetters() => Rules.EntitiesWithPublicSetters(Layers.Domain.GetTypes()).Should().BeEmpty();

    [Fact]
    public void Endpoints_NeverTouchData()
    {
        var endpoints = Layers.WebApi.GetTypes().Where(t => t.Namespace == "PageShare.WebApi.Endpoints").ToList();

        endpoints.Should().NotBeEmpty();
        Rules.EndpointsTouchingData(endpoints, typeof(DbContext), typeof(IReadDbContext), typeof(IRepository<>)).Should().BeEmpty();
    }

    // Each rule, shown failing once on a planted violation, so a silent rule cannot pass unnoticed.
    [Fact]
    public void Rules_PlantedViolations_AreAllReported()
    {
        var planted = typeof(Planted).GetNestedTypes(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public);

        Rules.HandlersNotInternalSealedOrMisnamed(planted).Should().Contain(p => p.Contains("WrongName", StringComparison.Ordinal));
        Rules.RequestsNotNamedCommandOrQuery(planted).Should().ContainSingle(p => p.EndsWith("DoStuff", StringComparison.Ordinal));
        Rules.ValidatorsMisnamed(planted).Should().ContainSingle(p => p.EndsWith("Checker", StringComparison.Ordinal));
        Rules.EventsMisnamed(planted).Should().ContainSingle(p => p.EndsWith("Happened", StringComparison.Ordinal));
        Rules.EntitiesWithPublicSetters(planted).Should().ContainSingle().Which.Should().Be("Leaky.Name");
        Rules.EndpointsTouchingData([typeof(Planted.QueryingEndpoints)], typeof(IReadDbContext)).Should().NotBeEmpty();
    }

    public static class Planted
    {
        public sealed record DoStuff : IRequest<int>;

        public sealed class WrongName : IRequestHandler<DoStuff, int>
        {
            public Task<int> Handle(DoStuff request, CancellationToken cancellationToken) => Task.FromResult(1);
        }

        public sealed class Checker : FluentValidation.AbstractValidator<DoStuff>;

        public sealed record Happened : IDomainEvent;

        public sealed class Leaky : Entity
        {
            public string Name { get; set; } = "";
        }

        public static class QueryingEndpoints
        {
            public static int Count(IReadDbContext db) => db.Users.Count();
        }
    }
}
