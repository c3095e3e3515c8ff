namespace PageShare.Application.Common.Exceptions;

/// <summary>A route needs a signed-in user and the request has none: 401 <c>AUTH_REQUIRED</c>.</summary>
public sealed class UnauthorizedException(string message = "Authentication is required.") : Exception(message);
