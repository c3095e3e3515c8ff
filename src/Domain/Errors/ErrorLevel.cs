namespace PageShare.Domain.Errors;

/// <summary>Severity, as the <c>ck_error_logs_level</c> check spells it.</summary>
public enum ErrorLevel
{
    Debug,
    Info,
    Warning,
    Error,
    Fatal,
}
