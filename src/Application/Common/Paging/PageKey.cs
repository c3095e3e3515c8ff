namespace PageShare.Application.Common.Paging;

/// <summary>The keyset position of one row of a newest-first list.</summary>
public readonly record struct PageKey(Guid Id, DateTimeOffset At);
