using PageShare.Application.Common.Messaging;

namespace PageShare.Application.Health.Queries.GetReadiness;

internal sealed class GetReadinessQueryHandler(IReadinessProbe probe) : IRequestHandler<GetReadinessQuery, ReadinessDto>
{
    public Task<ReadinessDto> Handle(GetReadinessQuery request, CancellationToken cancellationToken) =>
        probe.CheckAsync(cancellationToken);
}
