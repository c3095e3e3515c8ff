namespace PageShare.Domain.Reports;

/// <summary>Why content was reported; stored as lower-case text (ck_reports_reason).</summary>
public enum ReportReason
{
    Spam,
    Harassment,
    Inappropriate,
    Misinformation,
    Other,
}
