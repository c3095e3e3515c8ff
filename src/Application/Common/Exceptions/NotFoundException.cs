namespace PageShare.Application.Common.Exceptions;

/// <summary>An unknown or hidden resource: 404 <c>NOT_FOUND</c>.</summary>
public sealed class NotFoundException(string message) : Exception(message)
{
    public static NotFoundException For(string resource, object id) => new($"{resource} '{id}' was not found.");
}
