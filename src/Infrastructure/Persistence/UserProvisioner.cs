using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PageShare.Application.Common.Interfaces;
using PageShare.Domain.Users;

namespace PageShare.Infrastructure.Persistence;

/// <summary>
/// Inserts the profile row with <c>ON CONFLICT DO NOTHING</c>, so two first requests of one user cannot both
/// fail or both insert; a taken username is retried with a random suffix. The database decides every race.
/// </summary>
internal sealed class UserProvisioner(
    PageShareDbContext db, ProvisionedUsersCache cache, TimeProvider clock, ILogger<UserProvisioner> logger) : IUserProvisioner
{
    private const int MaxAttempts = 8;

    public async Task EnsureProvisionedAsync(Guid userId, string? email, bool isAnonymous, CancellationToken cancellationToken)
    {
        if (cache.Contains(userId))
        {
            return;
        }

        if (!await db.Users.AsNoTracking().AnyAsync(u => u.Id == userId, cancellationToken))
        {
            await InsertAsync(userId, email, isAnonymous, cancellationToken);
        }

        cache.Add(userId);
    }

    private async Task InsertAsync(Guid userId, string? email, bool isAnonymous, CancellationToken cancellationToken)
    {
        var baseName = Username.SuggestBase(isAnonymous ? "guest" : email);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var candidate = attempt == 0 ? baseName : $"{baseName}_{RandomNumberGenerator.GetInt32(1000, 99999)}";
            var user = User.Provision(userId, email, Username.Create(candidate), isAnonymous, clock.GetUtcNow());

            var inserted = await db.Database.SqlQuery<Guid>($"""
                INSERT INTO users (id, email, username, display_name, is_anonymous, role, created_at, updated_at)
                VALUES ({user.Id}, {user.Email}, {user.Username.Value}, {user.DisplayName}, {user.IsAnonymous}, 'user', {user.CreatedAt}, {user.CreatedAt})
                ON CONFLICT DO NOTHING
                RETURNING id AS "Value"
                """).ToListAsync(cancellationToken);
            if (inserted.Count == 1)
            {
                logger.LogInformation("Provisioned profile for new user {UserId}", userId);
                return;
            }

            // Nothing inserted: either the same user won a race (done) or the username is taken (try another).
            if (await db.Users.AsNoTracking().AnyAsync(u => u.Id == userId, cancellationToken))
            {
                return;
            }
        }

        throw new InvalidOperationException($"Could not find a free username for user {userId} after {MaxAttempts} attempts.");
    }
}
