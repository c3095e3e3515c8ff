namespace PageShare.Application.Common.Paging;

/// <summary>The <c>limit</c> and <c>cursor</c> query of every list endpoint.</summary>
public sealed record PageRequest(int? Limit, string? Cursor)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public int EffectiveLimit => Limit ?? DefaultLimit;
}
