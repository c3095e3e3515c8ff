namespace PageShare.Application.Comments;

/// <summary>Live likes and live direct replies, kept exact by the database.</summary>
public sealed record CommentStatsDto(int Likes, int Replies);
