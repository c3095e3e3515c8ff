using Serilog;
using PageShare.Infrastructure.Configuration;
using PageShare.Infrastructure.Identity;
using PageShare.Infrastructure.Logging;
using PageShare.WebApi.Cli;
using PageShare.WebApi.Configuration;

var commandLine = CommandLine.Parse(args);
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = commandLine.HostArguments,
    EnvironmentName = PageShareEnvironment.Resolve(Environment.GetEnvironmentVariable),
});

var release = typeof(Program).Assembly.GetName().Version?.ToString() ?? "0.0.0";
builder.Logging.ClearProviders();
builder.Logging.AddSerilog(PageShareLogging.CreateLogger(builder.Configuration, builder.Environment.EnvironmentName, release), dispose: true);
builder.Services.AddPageShareApi(builder.Configuration, builder.Environment);

var app = builder.Build();

if (commandLine.Verb is not null)
{
    return await CliRunner.RunAsync(app, commandLine);
}

if (app.Environment.IsProduction())
{
    var problems = ProductionChecks.Find(app.Configuration, app.Services.GetRequiredService<SupabaseAuthOptions>());
    foreach (var problem in problems)
    {
        app.Logger.LogCritical("Configuration error: {Problem}", problem);
    }

    if (problems.Count > 0)
    {
        return 1;
    }
}

if (!await DatabaseStartup.PrepareAsync(app))
{
    return 1;
}

app.UsePageSharePipeline();
app.MapPageShareEndpoints();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
