using Microsoft.Extensions.DependencyInjection;
using PageShare.Application.Common.Messaging;

namespace PageShare.Application.UnitTests.Common.Messaging;

public sealed class SenderTests
{
    private readonly List<string> _trace = [];

    [Fact]
    public async Task Send_WithBehaviours_RunsFirstRegisteredOutermost()
    {
        var sender = Build(services =>
        {
            services.AddScoped<IPipelineBehavior<Ping, string>>(_ => new TracingBehaviour(_trace, "outer"));
            services.AddScoped<IPipelineBehavior<Ping, string>>(_ => new TracingBehaviour(_trace, "inner"));
        });

        var answer = await sender.Send(new Ping("hi"));

        answer.Should().Be("pong:hi");
        _trace.Should().Equal("outer:before", "inner:before", "handler", "inner:after", "outer:after");
    }

    [Fact]
    public async Task Send_BehaviourShortCircuits_HandlerNotCalled()
    {
        var sender = Build(services => services.AddScoped<IPipelineBehavior<Ping, string>, ShortCircuitBehaviour>());

        var answer = await sender.Send(new Ping("hi"));

        answer.Should().Be("short");
        _trace.Should().BeEmpty();
    }

    [Fact]
    public async Task Send_WithToken_PassesTokenToHandler()
    {
        using var cts = new CancellationTokenSource();
        var sender = Build(services => services.AddScoped<IPipelineBehavior<Ping, string>>(_ => new TracingBehaviour(_trace, "b")));

        await sender.Send(new Ping("token"), cts.Token);

        PingHandler.LastToken.Should().Be(cts.Token);
    }

    [Fact]
    public async Task Send_NoHandler_ThrowsNamingTheRequest()
    {
        var sender = Build(_ => { });

        var act = () => sender.Send(new Unhandled());

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*Unhandled*");
    }

    [Fact]
    public async Task Send_UnitCommand_ReturnsUnit()
    {
        var sender = Build(services => services.AddScoped<IRequestHandler<DoNothing, Unit>, DoNothingHandler>());

        var answer = await sender.Send(new DoNothing());

        answer.Should().Be(Unit.Value);
    }

    private ISender Build(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        services.AddSingleton(_trace);
        services.AddScoped<IRequestHandler<Ping, string>, PingHandler>();
        services.AddScoped<ISender, Sender>();
        configure(services);
        return services.BuildServiceProvider().CreateScope().ServiceProvider.GetRequiredService<ISender>();
    }

    public sealed record Ping(string Message) : IRequest<string>;

    public sealed record Unhandled : IRequest<int>;

    public sealed record DoNothing : IRequest<Unit>;

    private sealed class PingHandler(List<string> trace) : IRequestHandler<Ping, string>
    {
        public static CancellationToken LastToken { get; private set; }

        public Task<string> Handle(Ping request, CancellationToken cancellationToken)
        {
            LastToken = cancellationToken;
            trace.Add("handler");
            return Task.FromResult("pong:" + request.Message);
        }
    }

    private sealed class DoNothingHandler : IRequestHandler<DoNothing, Unit>
    {
        public Task<Unit> Handle(DoNothing request, CancellationToken cancellationToken) => Task.FromResult(Unit.Value);
    }

    private sealed class TracingBehaviour(List<string> trace, string name) : IPipelineBehavior<Ping, string>
    {
        public async Task<string> Handle(Ping request, RequestHandlerDelegate<string> next, CancellationToken cancellationToken)
        {
            trace.Add(name + ":before");
            var answer = await next();
            trace.Add(name + ":after");
            return answer;
        }
    }

    private sealed class ShortCircuitBehaviour : IPipelineBehavior<Ping, string>
    {
        public Task<string> Handle(Ping request, RequestHandlerDelegate<string> next, CancellationToken cancellationToken) =>
            Task.FromResult("short");
    }
}
