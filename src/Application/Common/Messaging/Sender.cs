using System.Collections.Concurrent;

namespace PageShare.Application.Common.Messaging;

/// <summary>
/// Dispatches a request to its handler through the registered behaviours, MediatR style:
/// the first registered behaviour is the outermost. One wrapper per request type is cached,
/// so a call costs no reflection.
/// </summary>
internal sealed class Sender(IServiceProvider services) : ISender
{
    private static readonly ConcurrentDictionary<Type, object> Wrappers = new();

    public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var wrapper = (RequestWrapper<TResponse>)Wrappers.GetOrAdd(
            request.GetType(),
            static requestType => Activator.CreateInstance(
                typeof(RequestWrapper<,>).MakeGenericType(requestType, typeof(TResponse)))!);
        return wrapper.Handle(request, services, cancellationToken);
    }
}
