namespace PageShare.Infrastructure.Identity;

/// <summary>
/// <see cref="Microsoft.AspNetCore.Http.HttpContext.Items"/> keys and values the authentication handler
/// leaves for the error-envelope writer: the handler writes no body itself.
/// </summary>
public static class AuthErrorItems
{
    /// <summary>Key of the error code (one of the code constants below).</summary>
    public const string CodeKey = "pageshare.auth_error";

    /// <summary>Key of a short human-readable message, free of token contents.</summary>
    public const string MessageKey = "pageshare.auth_error_message";

    /// <summary>401: no token on a protected route.</summary>
    public const string AuthRequired = "AUTH_REQUIRED";

    /// <summary>401: a token was sent and refused.</summary>
    public const string AuthInvalid = "AUTH_INVALID";

    /// <summary>403: authenticated but not allowed.</summary>
    public const string PermissionDenied = "PERMISSION_DENIED";

    /// <summary>503: the signing keys could not be fetched, so a token could not be checked.</summary>
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";
}
