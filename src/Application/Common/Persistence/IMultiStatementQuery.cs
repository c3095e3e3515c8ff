namespace PageShare.Application.Common.Persistence;

/// <summary>
/// A query whose handler sends several statements (a page of posts costs ten): it runs on one database connection,
/// opened before its handler and closed after, instead of one pooled connection, and one reset, per statement.
/// Only for handlers that read the database and nothing slower: the connection is held for the whole handler.
/// </summary>
public interface IMultiStatementQuery;
