using PageShare.Infrastructure.Persistence.Migrations;
using PageShare.Infrastructure.Persistence.Seeding;

namespace PageShare.WebApi.Configuration;

internal static class DatabaseStartup
{
    /// <summary>
    /// Development migrates and seeds on start. Production never migrates implicitly and refuses to serve
    /// while migrations are pending, naming the command that applies them.
    /// </summary>
    public static async Task<bool> PrepareAsync(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var migrator = scope.ServiceProvider.GetRequiredService<Migrator>();
        if (app.Environment.IsDevelopment())
        {
            await migrator.MigrateAsync(CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(CancellationToken.None);
            return true;
        }

        var status = await migrator.GetStatusAsync(CancellationToken.None);
        if (status.IsUpToDate)
        {
            return true;
        }

        app.Logger.LogCritical(
            "Refusing to serve: {PendingCount} database migration(s) pending and {EditedCount} applied file(s) edited. "
            + "Run `PageShare.WebApi migrate` (or ./build.sh --target=Migrate); an edited file must be restored and its change made in a new migration",
            status.Pending.Count, status.Edited.Count);
        return false;
    }
}
