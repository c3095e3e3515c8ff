namespace PageShare.Application.Posts;

/// <summary>Content rules that are configuration, not domain: which hosts may serve GIFs (<c>GIF_ALLOWED_HOSTS</c>).</summary>
public sealed record ContentSettings(IReadOnlyCollection<string> GifHosts)
{
    public static readonly IReadOnlyCollection<string> DefaultGifHosts =
        ["media.giphy.com", "i.giphy.com", "media0.giphy.com", "media1.giphy.com", "media2.giphy.com", "media3.giphy.com", "media4.giphy.com"];
}
