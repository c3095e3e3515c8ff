namespace PageShare.Application.Common.Exceptions;

/// <summary>Authenticated but not allowed: 403 <c>PERMISSION_DENIED</c>.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
