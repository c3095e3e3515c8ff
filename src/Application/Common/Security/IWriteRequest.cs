namespace PageShare.Application.Common.Security;

/// <summary>Marks a request that changes data: it needs a signed-in, non-anonymous user.</summary>
public interface IWriteRequest;
