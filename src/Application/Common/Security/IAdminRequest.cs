namespace PageShare.Application.Common.Security;

/// <summary>Marks a request only admins may send; enforced by the authorization behaviour.</summary>
public interface IAdminRequest;
