namespace PageShare.Application.Common.Exceptions;

/// <summary>Content of a kind the operation does not accept (judged by its bytes): 415 <c>UNSUPPORTED_MEDIA_TYPE</c>.</summary>
public sealed class UnsupportedMediaTypeException(string message) : Exception(message);
