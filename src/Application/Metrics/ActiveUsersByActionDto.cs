namespace PageShare.Application.Metrics;

/// <summary>Distinct users who did each kind of action in the window.</summary>
public sealed record ActiveUsersByActionDto(int Posting, int Commenting, int Reacting, int Reposting, int Following);
