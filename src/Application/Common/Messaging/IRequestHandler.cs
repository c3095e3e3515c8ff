namespace PageShare.Application.Common.Messaging;

/// <summary>Handles one request type (MediatR's shape).</summary>
public interface IRequestHandler<in TRequest, TResponse>
    where TRequest : IRequest<TResponse>
{
    Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken);
}
