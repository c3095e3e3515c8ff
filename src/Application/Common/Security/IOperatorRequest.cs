namespace PageShare.Application.Common.Security;

/// <summary>
/// Marks a request only an operator may send, from the command line (<c>admin grant</c>): no token can authorise it,
/// not even an admin's, so no endpoint mapped by mistake could let a user promote themselves.
/// </summary>
public interface IOperatorRequest;
