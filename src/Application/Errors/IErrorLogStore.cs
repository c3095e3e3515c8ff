namespace PageShare.Application.Errors;

/// <summary>Writes <c>error_logs</c> on a connection of its own, so a broken request transaction cannot take the report with it.</summary>
public interface IErrorLogStore
{
    /// <summary>Adds one occurrence to the open group of its fingerprint, opening a group when there is none.</summary>
    Task RecordAsync(ErrorReport report, CancellationToken cancellationToken);
}
