using System.Reflection;
using PageShare.Application.Common.Messaging;
using PageShare.Domain.Common;

namespace PageShare.ArchitectureTests;

/// <summary>Each rule returns its violations, so a test can prove the rule catches a planted one.</summary>
internal static class Rules
{
    private static readonly string[] BclPrefixes = ["System", "netstandard", "mscorlib", "Microsoft.Win32"];

    public static IEnumerable<string> ForbiddenReferences(Assembly assembly, params string[] forbiddenPrefixes) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(name => forbiddenPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)));

    public static IEnumerable<string> NonBclReferences(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(name => !BclPrefixes.Any(p => name == p || name.StartsWith(p + ".", StringComparison.Ordinal)));

    public static IEnumerable<Type> HandlerTypes(IEnumerable<Type> types) =>
        types.Where(t => !t.IsAbstract && t.GetInterfaces().Any(IsHandlerInterface));

    public static IEnumerable<string> HandlersNotInternalSealedOrMisnamed(IEnumerable<Type> types) =>
        HandlerTypes(types).SelectMany(t =>
        {
            var problems = new List<string>();
            if (t.IsPublic || t.IsNestedPublic)
            {
                problems.Add($"{t.Name} is public");
            }

            if (!t.IsSealed)
            {
                problems.Add($"{t.Name} is not sealed");
            }

            var request = t.GetInterfaces().First(IsHandlerInterface).GetGenericArguments()[0];
            if (t.Name != request.Name + "Handler")
            {
                problems.Add($"{t.Name} should be named {request.Name}Handler");
            }

            return problems;
        });

    public static IEnumerable<string> RequestsNotNamedCommandOrQuery(IEnumerable<Type> types) =>
        types.Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)))
            .Where(t => !t.Name.EndsWith("Command", StringComparison.Ordinal) && !t.Name.EndsWith("Query", StringComparison.Ordinal))
            .Select(t => t.FullName!);

    public static IEnumerable<string> ValidatorsMisnamed(IEnumerable<Type> types) =>
        types.Where(t => !t.IsAbstract && InheritsGeneric(t, typeof(FluentValidation.AbstractValidator<>)))
            .Where(t => !t.Name.EndsWith("Validator", StringComparison.Ordinal))
            .Select(t => t.FullName!);

    public static IEnumerable<string> EventsMisnamed(IEnumerable<Type> types) =>
        types.Where(t => !t.IsInterface && typeof(IDomainEvent).IsAssignableFrom(t))
            .Where(t => !t.Name.EndsWith("Event", StringComparison.Ordinal) || !t.IsSealed)
            .Select(t => t.FullName!);

    public static IEnumerable<string> EntitiesWithPublicSetters(IEnumerable<Type> types) =>
        types.Where(t => typeof(Entity).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true })
                .Select(p => $"{t.Name}.{p.Name}"));

    /// <summary>Endpoint code may bind, send and map: it never touches a DbContext, a repository or SQL.</summary>
    public static IEnumerable<string> EndpointsTouchingData(IEnumerable<Type> endpointTypes, params Type[] forbidden)
    {
        bool IsForbidden(Type type) => forbidden.Any(f =>
            f.IsAssignableFrom(type) || (type.IsGenericType && f.IsGenericTypeDefinition && type.GetGenericTypeDefinition() == f));

        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        foreach (var type in endpointTypes.SelectMany(WithNested))
        {
            foreach (var field in type.GetFields(all).Where(f => IsForbidden(f.FieldType)))
            {
                yield return $"{type.Name}.{field.Name}";
            }

            foreach (var method in type.GetMethods(all))
            {
                foreach (var parameter in method.GetParameters().Where(p => IsForbidden(p.ParameterType)))
                {
                    yield return $"{type.Name}.{method.Name}({parameter.Name})";
                }

                var body = method.GetMethodBody();
                foreach (var local in body?.LocalVariables.Where(l => IsForbidden(l.LocalType)) ?? [])
                {
                    yield return $"{type.Name}.{method.Name} local {local.LocalType.Name}";
                }
            }
        }
    }

    private static IEnumerable<Type> WithNested(Type type) =>
        new[] { type }.Concat(type.GetNestedTypes(BindingFlags.NonPublic | BindingFlags.Public).SelectMany(WithNested));

    private static bool IsHandlerInterface(Type i) => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>);

    private static bool InheritsGeneric(Type type, Type generic)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == generic)
            {
                return true;
            }
        }

        return false;
    }
}
