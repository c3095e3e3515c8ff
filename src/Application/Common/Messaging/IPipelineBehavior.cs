namespace PageShare.Application.Common.Messaging;

/// <summary>Continues the pipeline: the next behaviour, or the handler.</summary>
public delegate Task<TResponse> RequestHandlerDelegate<TResponse>(CancellationToken t = default);

/// <summary>Wraps every request; the first registered behaviour is the outermost (MediatR's shape).</summary>
public interface IPipelineBehavior<in TRequest, TResponse>
    where TRequest : notnull
{
    Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken);
}
