using Microsoft.Extensions.Logging;
using PageShare.Application.Common.Behaviours;
using PageShare.Application.Common.Messaging;
using PageShare.Application.UnitTests.Fakes;

namespace PageShare.Application.UnitTests.Common.Behaviours;

public sealed class LoggingBehaviourTests
{
    [Fact]
    public async Task Handle_SlowRequest_LogsWarningWithNameAndUser()
    {
        var clock = new SteppingClock(TimeSpan.FromMilliseconds(800));
        var logger = new ListLogger<LoggingBehaviour<Slow, int>>();
        var user = FakeCurrentUser.Signed();
        var behaviour = new LoggingBehaviour<Slow, int>(logger, user, clock);

        await behaviour.Handle(new Slow(), _ => Task.FromResult(1), default);

        var entry = logger.Entries.Should().ContainSingle().Subject;
        entry.Level.Should().Be(LogLevel.Warning);
        entry.Message.Should().Contain("Slow").And.Contain(user.Id.ToString()).And.Contain("800");
    }

    [Fact]
    public async Task Handle_FastRequest_LogsDebugOnly()
    {
        var logger = new ListLogger<LoggingBehaviour<Slow, int>>();
        var behaviour = new LoggingBehaviour<Slow, int>(logger, new FakeCurrentUser(), new SteppingClock(TimeSpan.FromMilliseconds(10)));

        await behaviour.Handle(new Slow(), _ => Task.FromResult(1), default);

        logger.Entries.Should().ContainSingle().Which.Level.Should().Be(LogLevel.Debug);
    }

    public sealed record Slow : IRequest<int>;

    /// <summary>Each timestamp read advances by a fixed step: elapsed time without sleeping.</summary>
    private sealed class SteppingClock(TimeSpan step) : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp()
        {
            var now = _ticks;
            _ticks += step.Ticks;
            return now;
        }
    }
}
