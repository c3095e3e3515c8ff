namespace PageShare.Domain.Reports;

/// <summary>What an admin did to the reported content when closing a report; stored as snake_case text.</summary>
public enum ModerationAction
{
    DeleteContent,
}
