using System.Diagnostics.CodeAnalysis;

namespace PageShare.Infrastructure.Logging.Sentry;

/// <summary>
/// <c>{scheme}://{public_key}[:{secret}]@{host}[:port]{path}/{project_id}</c>, resolved to the
/// envelope endpoint <c>{scheme}://{host}[:port]{path}/api/{project_id}/envelope/</c>.
/// </summary>
public sealed class SentryDsn
{
    private SentryDsn(string publicKey, string? secretKey, string projectId, Uri envelopeUri, string headerValue)
    {
        PublicKey = publicKey;
        SecretKey = secretKey;
        ProjectId = projectId;
        EnvelopeUri = envelopeUri;
        HeaderValue = headerValue;
    }

    public string PublicKey { get; }

    /// <summary>Deprecated by Sentry; sent only because an old self-hosted install may still want it.</summary>
    public string? SecretKey { get; }

    public string ProjectId { get; }

    public Uri EnvelopeUri { get; }

    /// <summary>The DSN without its secret part, as written into envelope headers.</summary>
    public string HeaderValue { get; }

    public static SentryDsn Parse(string value)
        => TryParse(value, out var dsn) ? dsn : throw new FormatException("The value is not a valid Sentry DSN.");

    public static bool TryParse(string? value, [NotNullWhen(true)] out SentryDsn? dsn)
    {
        dsn = null;
        if (string.IsNullOrWhiteSpace(value)
            || !Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(uri.UserInfo)
            || !string.IsNullOrEmpty(uri.Query)
            || !string.IsNullOrEmpty(uri.Fragment))
        {
            return false;
        }

        var credentials = uri.UserInfo.Split(':', 2);
        var publicKey = Uri.UnescapeDataString(credentials[0]);
        var secretKey = credentials.Length == 2 && credentials[1].Length > 0 ? Uri.UnescapeDataString(credentials[1]) : null;

        var path = uri.AbsolutePath.TrimEnd('/');
        var lastSlash = path.LastIndexOf('/');
        if (lastSlash < 0)
        {
            return false;
        }

        var projectId = Uri.UnescapeDataString(path[(lastSlash + 1)..]);
        var prefix = path[..lastSlash];
        if (publicKey.Length == 0 || projectId.Length == 0)
        {
            return false;
        }

        // SchemeAndServer keeps a non-default port and drops the user info
        var server = uri.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped);
        var envelopeUri = new Uri($"{server}{prefix}/api/{Uri.EscapeDataString(projectId)}/envelope/");
        var headerValue = $"{uri.Scheme}://{Uri.EscapeDataString(publicKey)}@{uri.Authority}{path}";

        dsn = new SentryDsn(publicKey, secretKey, projectId, envelopeUri, headerValue);
        return true;
    }

    public override string ToString() => HeaderValue;
}
