namespace PageShare.Domain.Users;

public enum ContentFilterKind
{
    Mute,
    Block,
}
