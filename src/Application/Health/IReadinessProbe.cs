namespace PageShare.Application.Health;

/// <summary>Checks the database and its migrations without throwing.</summary>
public interface IReadinessProbe
{
    Task<ReadinessDto> CheckAsync(CancellationToken cancellationToken);
}
