using Microsoft.Extensions.DependencyInjection;

namespace PageShare.Application.Common.Messaging;

internal abstract class RequestWrapper<TResponse>
{
    public abstract Task<TResponse> Handle(object request, IServiceProvider services, CancellationToken cancellationToken);
}

/// <summary>Closed over one request type, so the pipeline is built without reflection per call.</summary>
internal sealed class RequestWrapper<TRequest, TResponse> : RequestWrapper<TResponse>
    where TRequest : IRequest<TResponse>
{
    public override Task<TResponse> Handle(object request, IServiceProvider services, CancellationToken cancellationToken)
    {
        var typed = (TRequest)request;
        var handler = services.GetService<IRequestHandler<TRequest, TResponse>>()
            ?? throw new InvalidOperationException(
                $"No handler is registered for {typeof(TRequest).Name}; add an IRequestHandler<{typeof(TRequest).Name}, {typeof(TResponse).Name}>.");

        RequestHandlerDelegate<TResponse> pipeline = token => handler.Handle(typed, Pick(token, cancellationToken));
        foreach (var behaviour in services.GetServices<IPipelineBehavior<TRequest, TResponse>>().Reverse())
        {
            var next = pipeline;
            pipeline = token => behaviour.Handle(typed, next, Pick(token, cancellationToken));
        }

        return pipeline(cancellationToken);
    }

    // A behaviour that calls next() without a token keeps the caller's token.
    private static CancellationToken Pick(CancellationToken passed, CancellationToken original) =>
        passed.CanBeCanceled ? passed : original;
}
