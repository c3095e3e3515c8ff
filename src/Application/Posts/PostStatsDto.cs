namespace PageShare.Application.Posts;

public sealed record PostStatsDto(int Likes, int Comments, int Reposts, int Quotes, int Bookmarks);
