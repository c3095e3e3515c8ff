namespace PageShare.Application.Common.Exceptions;

/// <summary>An upload over its size limit: 413 <c>PAYLOAD_TOO_LARGE</c>.</summary>
public sealed class PayloadTooLargeException(string message) : Exception(message);
