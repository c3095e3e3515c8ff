namespace PageShare.Domain.Reports;

/// <summary>What a report names; stored as lower-case text (ck_reports_target_type).</summary>
public enum ReportTargetType
{
    Post,
    Comment,
    User,
}
