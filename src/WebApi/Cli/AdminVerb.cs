using PageShare.Application.Admins;
using PageShare.Application.Admins.Commands.GrantAdminRole;
using PageShare.Application.Admins.Commands.RevokeAdminRole;
using PageShare.Application.Admins.Queries.ListAdmins;
using PageShare.Application.Common.Exceptions;
using PageShare.Application.Common.Messaging;
using PageShare.Application.Common.Security;

namespace PageShare.WebApi.Cli;

/// <summary>
/// <c>admin grant|revoke &lt;username&gt;</c> and <c>admin list</c>: the only way to change a stored role. Exit codes:
/// 0 done, 1 no such user, 2 usage.
/// </summary>
internal static class AdminVerb
{
    public const string Usage = "Usage: admin grant <username> | admin revoke <username> | admin list";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        services.GetRequiredService<OperatorSession>().BeginOperatorSession();
        var sender = services.GetRequiredService<ISender>();
        try
        {
            switch (arguments)
            {
                case ["grant", var username]:
                    Print(output, await sender.Send(new GrantAdminRoleCommand(username), CancellationToken.None), "is an admin");
                    return 0;
                case ["revoke", var username]:
                    Print(output, await sender.Send(new RevokeAdminRoleCommand(username), CancellationToken.None), "is no longer an admin");
                    return 0;
                case ["list"]:
                    var admins = await sender.Send(new ListAdminsQuery(), CancellationToken.None);
                    await output.WriteLineAsync(admins.Count == 0 ? "No admins (a token with app_metadata.role=admin still counts)." : $"{admins.Count} admin(s):");
                    foreach (var admin in admins)
                    {
                        await output.WriteLineAsync($"{admin.Username}\t{admin.Id}\t{admin.Email}");
                    }

                    return 0;
                default:
                    await error.WriteLineAsync(Usage);
                    return 2;
            }
        }
        catch (NotFoundException)
        {
            await error.WriteLineAsync($"No user named '{arguments[1]}'. Users exist once they have signed in.");
            return 1;
        }
    }

    private static void Print(TextWriter output, AdminDto user, string state) =>
        output.WriteLine($"{user.Username} ({user.Id}) {state}.");
}
