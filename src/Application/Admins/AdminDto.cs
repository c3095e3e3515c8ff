namespace PageShare.Application.Admins;

/// <summary>A user and whether their stored role is admin, as the operator verbs print it.</summary>
public sealed record AdminDto(Guid Id, string Username, string? Email, bool IsAdmin);
