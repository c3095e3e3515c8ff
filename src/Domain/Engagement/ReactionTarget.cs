namespace PageShare.Domain.Engagement;

public enum ReactionTarget
{
    Post,
    Comment,
}
