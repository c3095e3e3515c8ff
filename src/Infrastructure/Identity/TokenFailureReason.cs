namespace PageShare.Infrastructure.Identity;

/// <summary>Why a token was refused; for logs and tests, never shown with token contents.</summary>
public enum TokenFailureReason
{
    None = 0,
    Malformed,
    AlgorithmNotAllowed,
    UnknownSigningKey,
    SigningKeysUnavailable,
    InvalidSignature,
    Expired,
    NotYetValid,
    MissingExpiry,
    InvalidAudience,
    InvalidIssuer,
    NotAUserToken,
    InvalidSubject,
}
