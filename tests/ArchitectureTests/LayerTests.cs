namespace PageShare.ArchitectureTests;

public sealed class LayerTests
{
    [Fact]
    public void Domain_References_OnlyTheBcl() =>
        Rules.NonBclReferences(Layers.Domain).Should().BeEmpty();

    [Fact]
    public void Application_DoesNotReference_InfrastructureWebApiOrProviders() =>
        Rules.ForbiddenReferences(Layers.Application,
                "PageShare.Infrastructure", "PageShare.WebApi", "Npgsql", "Microsoft.AspNetCore", "Serilog", "Microsoft.EntityFrameworkCore.Relational")
            .Should().BeEmpty();

    [Fact]
    public void Infrastructure_DoesNotReference_WebApi() =>
        Rules.ForbiddenReferences(Layers.Infrastructure, "PageShare.WebApi").Should().BeEmpty();

    [Fact]
    public void Domain_DoesNotReference_ApplicationOrEf() =>
        Rules.ForbiddenReferences(Layers.Domain, "PageShare.Application", "PageShare.Infrastructure", "Microsoft.EntityFrameworkCore")
            .Should().BeEmpty();

    [Fact]
    public void ForbiddenReferences_PlantedViolation_IsReported() =>
        Rules.ForbiddenReferences(Layers.WebApi, "PageShare.Infrastructure").Should().Contain("PageShare.Infrastructure");

    [Fact]
    public void NonBclReferences_PlantedViolation_IsReported() =>
        Rules.NonBclReferences(Layers.Application).Should().Contain("PageShare.Domain");
}
