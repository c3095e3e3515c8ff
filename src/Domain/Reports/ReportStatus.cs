namespace PageShare.Domain.Reports;

/// <summary>A report is open until an admin resolves (acted on) or dismisses (no violation) it.</summary>
public enum ReportStatus
{
    Open,
    Resolved,
    Dismissed,
}
