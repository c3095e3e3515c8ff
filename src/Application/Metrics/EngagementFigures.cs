namespace PageShare.Application.Metrics;

/// <summary>The result of <c>metrics_engagement(from, to)</c>.</summary>
public sealed record EngagementFigures(
    int EngagedUsers,
    int Posters,
    int Commenters,
    int Reactors,
    int Reposters,
    int Followers,
    int Posts,
    int PostReactions,
    int PostComments,
    int PostReposts);
