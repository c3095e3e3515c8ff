namespace PageShare.Domain.Users;

public enum UserRole
{
    User,
    Admin,
}
