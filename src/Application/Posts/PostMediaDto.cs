namespace PageShare.Application.Posts;

/// <summary>An image of a post; <c>type</c> is its MIME type (<c>image/png</c>, ...).</summary>
public sealed record PostMediaDto(string Url, string Type, int Width, int Height);
