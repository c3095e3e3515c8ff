using System.Reflection;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PageShare.Application.Common.Behaviours;
using PageShare.Application.Common.Messaging;

namespace PageShare.Application;

public static class DependencyInjection
{
    /// <summary>The mediator, its handlers and behaviours, validators and mapping profiles.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services, string? autoMapperLicenseKey = null)
    {
        var assembly = typeof(DependencyInjection).Assembly;

        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ISender, Sender>();
        services.AddScoped<Common.Security.OperatorSession>();
        services.AddScoped<Posts.PostReader>();
        services.AddScoped<Comments.CommentReader>();
        services.TryAddSingleton(Tickers.TrendingSettings.Default);
        services.AddSingleton<Tickers.TrendingTickersCache>();
        services.AddScoped<Common.Events.IDomainEventHandler<Domain.Users.Events.UserBlockedEvent>, ContentFilters.EventHandlers.RemoveFollowsWhenUserBlocked>();
        AddRequestHandlers(services, assembly);

        foreach (var validator in AssemblyScanner.FindValidatorsInAssembly(assembly, includeInternalTypes: true))
        {
            services.AddScoped(validator.InterfaceType, validator.ValidatorType);
        }

        // Outermost first: log everything, refuse the unauthorised before validating, provision last.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(UserProvisioningBehaviour<,>));

        services.AddAutoMapper(cfg => cfg.LicenseKey = autoMapperLicenseKey, assembly);
        return services;
    }

    private static void AddRequestHandlers(IServiceCollection services, Assembly assembly)
    {
        var handlerInterface = typeof(IRequestHandler<,>);
        foreach (var type in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces()
                         .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == handlerInterface))
            {
                services.AddScoped(contract, type);
            }
        }
    }
}
