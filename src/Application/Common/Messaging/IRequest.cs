namespace PageShare.Application.Common.Messaging;

/// <summary>A command or query answered by exactly one handler (MediatR's shape).</summary>
public interface IRequest<out TResponse>;
