using PageShare.Infrastructure.Persistence.Seeding.BulkData;
using PageShare.WebApi.Cli;

namespace PageShare.Api.IntegrationTests.Cli;

public sealed class SeedArgumentsTests
{
    [Fact]
    public void Parse_SeedWithBulkOptions_KeepsThemForTheVerbAndHostOptionsForTheHost()
    {
        var commandLine = CommandLine.Parse(["seed", "--users", "1000", "--urls", "http://127.0.0.1:1", "--posts=5000", "--reset"]);

        commandLine.Verb.Should().Be("seed");
        commandLine.VerbArguments.Should().Equal("--users", "1000", "--posts=5000", "--reset");
        commandLine.HostArguments.Should().Equal("--urls", "http://127.0.0.1:1");
    }

    [Fact]
    public void Parse_UsersPostsAndSeed_GivesBulkOptions()
    {
        var (options, error) = SeedArguments.Parse(["--users", "1000", "--posts=5000", "--seed", "7", "--append"]);

        error.Should().BeNull();
        options.Should().Be(new BulkSeedOptions(1000, 5000, 7, ExistingDataPolicy.Append));
    }

    [Fact]
    public void Parse_NoOptions_MeansTheDemoSeed()
    {
        SeedArguments.Parse([]).Should().Be(((BulkSeedOptions?)null, (string?)null));
    }

    [Theory]
    [InlineData("--users", "many")]
    [InlineData("--users", "5")]
    [InlineData("--append", "--reset")]
    [InlineData("--seed", "3")]
    [InlineData("--colour", "red")]
    public void Parse_BadOptions_NamesTheProblem(string first, string second)
    {
        var (options, error) = SeedArguments.Parse(first.StartsWith("--append", StringComparison.Ordinal)
            ? ["--users", "100", first, second]
            : [first, second]);

        options.Should().BeNull();
        error.Should().NotBeNullOrWhiteSpace();
    }
}
