using System.Reflection;

namespace PageShare.ArchitectureTests;

internal static class Layers
{
    public static readonly Assembly Domain = typeof(PageShare.Domain.Common.Entity).Assembly;
    public static readonly Assembly Application = typeof(PageShare.Application.DependencyInjection).Assembly;
    public static readonly Assembly Infrastructure = typeof(PageShare.Infrastructure.DependencyInjection).Assembly;
    public static readonly Assembly WebApi = typeof(Program).Assembly;
}
