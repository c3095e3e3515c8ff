using PageShare.Application.Common.Messaging;

namespace PageShare.Application.Health.Queries.GetReadiness;

public sealed record GetReadinessQuery : IRequest<ReadinessDto>;
