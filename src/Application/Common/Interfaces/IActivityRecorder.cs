namespace PageShare.Application.Common.Interfaces;

/// <summary>
/// Notes that a signed-in user made a request. Must not touch the database: the note is buffered and
/// written in batches (<c>users.last_active_at</c>, <c>user_sessions</c>).
/// </summary>
public interface IActivityRecorder
{
    void Record(Guid userId);
}
