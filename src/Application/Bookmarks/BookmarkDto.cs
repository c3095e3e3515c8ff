namespace PageShare.Application.Bookmarks;

/// <summary>Answer to a bookmark: always bookmarked, with the post's bookmark count.</summary>
public sealed record BookmarkDto(bool Bookmarked, int Bookmarks);
