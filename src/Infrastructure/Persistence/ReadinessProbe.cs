using Microsoft.Extensions.Logging;
using Npgsql;
using PageShare.Application.Health;
using PageShare.Infrastructure.Persistence.Migrations;

namespace PageShare.Infrastructure.Persistence;

/// <summary>Ready means: the database answers and every migration file is applied unedited.</summary>
internal sealed class ReadinessProbe(DatabaseSettings settings, Migrator migrator, ILogger<ReadinessProbe> logger) : IReadinessProbe
{
    public async Task<ReadinessDto> CheckAsync(CancellationToken cancellationToken)
    {
        if (settings.ConnectionString is null)
        {
            return new ReadinessDto("unavailable", "unconfigured", "unknown");
        }

        try
        {
            await using var connection = new NpgsqlConnection(settings.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            logger.LogWarning("Readiness: database unreachable ({ErrorType})", exception.GetType().Name);
            return new ReadinessDto("unavailable", "unreachable", "unknown");
        }

        var status = await migrator.GetStatusAsync(cancellationToken);
        return status.IsUpToDate ? ReadinessDto.Ready()
            : new ReadinessDto("unavailable", "ok", status.Pending.Count > 0 ? "pending" : "edited");
    }
}
