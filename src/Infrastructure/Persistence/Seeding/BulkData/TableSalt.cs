namespace PageShare.Infrastructure.Persistence.Seeding.BulkData;

/// <summary>One random stream per pass: adding rows to one table never shifts another table's data.</summary>
internal enum TableSalt
{
    Tickers = 1,
    Activity,
    Users,
    Posts,
    Polls,
    Comments,
    Reactions,
    Reposts,
    Bookmarks,
    ContentFilters,
    Follows,
    Sessions,
    PollVotes,
}
