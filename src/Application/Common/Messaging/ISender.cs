namespace PageShare.Application.Common.Messaging;

/// <summary>Sends a request through the pipeline to its handler (MediatR's shape).</summary>
public interface ISender
{
    Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default);
}
