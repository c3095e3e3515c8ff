using PageShare.Application.Common.Messaging;

namespace PageShare.Application.ContentFilters.Queries.ListContentFilters;

/// <summary><c>GET /content-filters</c>: the caller's own mutes and blocks.</summary>
public sealed record ListContentFiltersQuery : IRequest<ContentFiltersDto>;
