using System.Diagnostics.CodeAnalysis;
using PageShare.Domain.Common;

namespace PageShare.Domain.Posts;

/// <summary>An https URL on one of the allowed GIF hosts (by default Giphy's media hosts).</summary>
public sealed record GifUrl
{
    public const int MaxLength = 2048;

    private GifUrl(string value) => Value = value;

    public string Value { get; }

    public static bool TryCreate(string? raw, IReadOnlyCollection<string> allowedHosts, [NotNullWhen(true)] out GifUrl? gifUrl)
    {
        gifUrl = null;
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > MaxLength
            || !Uri.TryCreate(raw.Trim(), UriKind.Absolute, out var uri)
            || uri.Scheme != Uri.UriSchemeHttps || !string.IsNullOrEmpty(uri.UserInfo) || !uri.IsDefaultPort
            || !allowedHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        gifUrl = new GifUrl(uri.AbsoluteUri);
        return true;
    }

    public static GifUrl Create(string? raw, IReadOnlyCollection<string> allowedHosts) =>
        TryCreate(raw, allowedHosts, out var gifUrl) ? gifUrl
            : throw new DomainException("invalid_gif_url", $"must be an https URL on an allowed GIF host ({string.Join(", ", allowedHosts)}).", "gif_url");
}
