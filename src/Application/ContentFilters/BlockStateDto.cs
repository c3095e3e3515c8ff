namespace PageShare.Application.ContentFilters;

/// <summary>The answer of <c>POST /users/{user_id}/block</c>.</summary>
public sealed record BlockStateDto(bool Blocked);
