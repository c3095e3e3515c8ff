namespace PageShare.Application.ContentFilters;

/// <summary>The answer of <c>POST /users/{user_id}/mute</c>.</summary>
public sealed record MuteStateDto(bool Muted);
