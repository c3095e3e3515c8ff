namespace PageShare.Application.Common.Exceptions;

/// <summary>The database or a required dependency cannot be reached: 503 <c>SERVICE_UNAVAILABLE</c>.</summary>
public sealed class ServiceUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
