using PageShare.Infrastructure.Identity;
using PageShare.Infrastructure.Persistence.Migrations;
using PageShare.Infrastructure.Persistence.Seeding;
using PageShare.Infrastructure.Persistence.Seeding.BulkData;

namespace PageShare.WebApi.Cli;

/// <summary>Runs an operator verb with the application's own services, then exits.</summary>
internal static class CliRunner
{
    public static async Task<int> RunAsync(WebApplication app, CommandLine commandLine)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("PageShare.Cli");
        switch (commandLine.Verb)
        {
            case "migrate":
                var applied = await services.GetRequiredService<Migrator>().MigrateAsync(CancellationToken.None);
                logger.LogInformation("Migrations applied: {Count}", applied.Count);
                return 0;

            case "seed":
                return await SeedAsync(app, services, commandLine.VerbArguments);

            case "admin":
                return await AdminVerb.RunAsync(services, commandLine.VerbArguments, Console.Out, Console.Error);

            case "dev-token":
                return PrintDevToken(app, commandLine.VerbArguments);

            default:
                await Console.Error.WriteLineAsync($"Unknown command '{commandLine.Verb}'.");
                return 2;
        }
    }

    private static async Task<int> SeedAsync(WebApplication app, IServiceProvider services, IReadOnlyList<string> arguments)
    {
        var (options, error) = SeedArguments.Parse(arguments);
        if (error is not null)
        {
            await Console.Error.WriteLineAsync(error);
            return 2;
        }

        // Emptying every table is for a developer's own database only.
        if (options?.OnExistingData == ExistingDataPolicy.Reset && !app.Environment.IsDevelopment())
        {
            await Console.Error.WriteLineAsync("seed --reset is only available with ENVIRONMENT=development.");
            return 1;
        }

        await services.GetRequiredService<Migrator>().MigrateAsync(CancellationToken.None);
        if (options is null)
        {
            await services.GetRequiredService<DemoDataSeeder>().SeedAsync(CancellationToken.None);
            return 0;
        }

        try
        {
            Console.Out.WriteLine($"Seeding {options.Users:N0} users and {options.Posts:N0} posts (seed {options.Seed}, {options.Days} days)...");
            await services.GetRequiredService<BulkDataSeeder>().SeedAsync(options, Console.Out, CancellationToken.None);
            return 0;
        }
        catch (BulkSeedRefusedException refused)
        {
            await Console.Error.WriteLineAsync(refused.Message);
            return 1;
        }
    }

    // Refused outside development: a production secret must never sign a token on an operator's laptop.
    private static int PrintDevToken(WebApplication app, IReadOnlyList<string> arguments)
    {
        if (!app.Environment.IsDevelopment())
        {
            Console.Error.WriteLine("dev-token is only available with ENVIRONMENT=development.");
            return 1;
        }

        var username = (arguments.Count > 0 ? arguments[0] : DevelopmentUsers.DefaultUsername).ToLowerInvariant();
        var options = app.Services.GetRequiredService<SupabaseAuthOptions>();
        var token = DevTokenIssuer.Create(options, DevelopmentUsers.IdFor(username), DevelopmentUsers.EmailFor(username),
            TimeSpan.FromHours(12), TimeProvider.System);
        Console.Out.WriteLine(token);
        return 0;
    }
}
