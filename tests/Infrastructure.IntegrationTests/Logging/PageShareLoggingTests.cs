using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PageShare.Infrastructure.Logging;
using PageShare.TestSupport.Sentry;
using Serilog;

namespace PageShare.Infrastructure.IntegrationTests.Logging;

public sealed class PageShareLoggingTests
{
    private static readonly TimeSpan _wait = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void CreateSentryOptions_NoDsn_ReturnsNull(string? dsn)
    {
        var options = PageShareLogging.CreateSentryOptions(Config(("SENTRY_DSN", dsn)), "production", "pageshare-api@1.0.0");

        options.Should().BeNull();
    }

    [Fact]
    public void CreateSentryOptions_WithDsn_UsesConfiguredEnvironmentAndRelease()
    {
        var options = PageShareLogging.CreateSentryOptions(
            Config(("SENTRY_DSN", "https://k@sentry.example.com/1"), ("SENTRY_ENVIRONMENT", "staging")), "production", "pageshare-api@1.0.0");

        options!.Environment.Should().Be("staging");
        options.Release.Should().Be("pageshare-api@1.0.0");
        options.MinimumLevel.Should().Be(Serilog.Events.LogEventLevel.Error);
        options.Dsn.ProjectId.Should().Be("1");
    }

    [Fact]
    public void CreateLogger_InvalidDsn_FailsAtStartup()
    {
        var act = () => PageShareLogging.CreateLogger(Config(("SENTRY_DSN", "nonsense")), "production", "r");

        act.Should().Throw<InvalidOperationException>().WithMessage("*SENTRY_DSN*").Which.Message.Should().NotContain("nonsense");
    }

    [Fact]
    public void CreateLogger_Information_WritesOneJsonLineWithRenderedMessage()
    {
        var output = new StringWriter();
        using (var logger = Create(Config(), output))
        {
            logger.Information("Post {PostId} created", 42);
        }

        using var line = JsonDocument.Parse(Lines(output).Single());
        line.RootElement.GetProperty("MessageTemplate").GetString().Should().Be("Post {PostId} created");
        line.RootElement.GetProperty("RenderedMessage").GetString().Should().Be("Post 42 created");
        line.RootElement.GetProperty("Properties").GetProperty("PostId").GetInt32().Should().Be(42);
    }

    [Fact]
    public void CreateLogger_FrameworkCategories_OnlyFromWarning()
    {
        var output = new StringWriter();
        using (var logger = Create(Config(), output))
        {
            logger.ForContext("SourceContext", "Microsoft.AspNetCore.Routing.EndpointMiddleware").Information("noise");
            logger.ForContext("SourceContext", "Microsoft.EntityFrameworkCore.Database.Command").Information("sql");
            logger.ForContext("SourceContext", "Microsoft.AspNetCore.Server.Kestrel").Warning("kept");
            logger.ForContext("SourceContext", "PageShare.Application").Information("ours");
            logger.Debug("debug");
        }

        Lines(output).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("RenderedMessage").GetString())
            .Should().Equal("kept", "ours");
    }

    [Theory]
    [InlineData("Debug", true, true)]
    [InlineData("Information", false, true)]
    [InlineData("Error", false, false)]
    public void CreateLogger_LogLevel_SetsMinimum(string level, bool debugWritten, bool informationWritten)
    {
        var output = new StringWriter();
        using (var logger = Create(Config(("LOG_LEVEL", level)), output))
        {
            logger.Debug("debug");
            logger.Information("information");
        }

        var text = output.ToString();
        text.Contains("\"debug\"", StringComparison.Ordinal).Should().Be(debugWritten);
        text.Contains("\"information\"", StringComparison.Ordinal).Should().Be(informationWritten);
    }

    [Fact]
    public void CreateLogger_SensitiveProperties_AreRedactedInOutput()
    {
        const string jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJlLXZhbHVl";
        var output = new StringWriter();
        using (var logger = Create(Config(), output))
        {
            logger.Information("Verified {AccessToken} from {ClientIp} with {Note}", jwt, "198.51.100.4", $"header Bearer {jwt}");
        }

        output.ToString().Should().NotContain(jwt).And.NotContain("198.51.100.4").And.Contain("[REDACTED]");
    }

    [Fact]
    public async Task CreateLogger_WithDsn_SendsErrorsWithEnvironmentAndRelease()
    {
        await using var server = await FakeSentryServer.StartAsync();
        var output = new StringWriter();
        using (var logger = Create(Config(("SENTRY_DSN", server.Dsn), ("SENTRY_ENVIRONMENT", "staging")), output))
        {
            logger.Warning("not for sentry");
            logger.Error("for sentry");
        }

        var evt = (await server.WaitForEnvelopesAsync(1, _wait)).Single().Event!.Value;
        evt.GetProperty("environment").GetString().Should().Be("staging");
        evt.GetProperty("release").GetString().Should().Be("pageshare-api@9.9.9");
        evt.GetProperty("logentry").GetProperty("formatted").GetString().Should().Be("for sentry");
        server.RequestCount.Should().Be(1);
    }

    [Fact]
    public async Task AddSerilog_DisposingServiceProvider_FlushesSentryWithEnvironmentName()
    {
        await using var server = await FakeSentryServer.StartAsync();
        var logger = Create(Config(("SENTRY_DSN", server.Dsn)), new StringWriter());
        var services = new ServiceCollection()
            .AddLogging(logging =>
            {
                logging.ClearProviders();
                logging.AddSerilog(logger, dispose: true);
            })
            .BuildServiceProvider();

        services.GetRequiredService<ILogger<PageShareLoggingTests>>()
            .LogError(new InvalidOperationException("kaput"), "Handler failed for {PostId}", 5);
        services.Dispose();

        var evt = server.Envelopes.Should().ContainSingle().Subject.Event!.Value;
        evt.GetProperty("environment").GetString().Should().Be("development");
        evt.GetProperty("logger").GetString().Should().Be(typeof(PageShareLoggingTests).FullName);
        evt.GetProperty("exception").GetProperty("values")[0].GetProperty("value").GetString().Should().Be("kaput");
    }

    private static Serilog.Core.Logger Create(IConfiguration configuration, TextWriter output)
        => PageShareLogging.CreateLogger(configuration, "development", "pageshare-api@9.9.9", output, timeProvider: null);

    private static IConfiguration Config(params (string Key, string? Value)[] values)
        => new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();

    private static string[] Lines(StringWriter output)
        => output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
