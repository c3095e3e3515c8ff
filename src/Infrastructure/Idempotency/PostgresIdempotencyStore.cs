using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using PageShare.Application.Common.Idempotency;
using PageShare.Infrastructure.Persistence;

namespace PageShare.Infrastructure.Idempotency;

/// <summary>
/// <c>idempotency_keys</c>, on the request's own DbContext so the claim and the work commit together. The claim is an
/// <c>INSERT ... ON CONFLICT</c> on the (user_id, key) primary key: a concurrent request with the same key blocks on the
/// uncommitted row until the first one commits (then it reads the stored answer) or rolls back (then it claims the key).
/// </summary>
internal sealed class PostgresIdempotencyStore(PageShareDbContext db) : IIdempotencyStore
{
    // An expired key is taken over in the same statement; a live one is left alone and returns no row.
    private const string ClaimSql = """
        insert into idempotency_keys (user_id, key, request_hash, created_at)
        values (@user_id, @key, @request_hash, @now)
        on conflict (user_id, key) do update
            set request_hash = excluded.request_hash, response_status = null, response_body = null, created_at = excluded.created_at
            where idempotency_keys.created_at <= @expired_at
        returning true
        """;

    private const string ReadSql = """
        select request_hash, response_status, response_body::text
        from idempotency_keys where user_id = @user_id and key = @key
        """;

    private const string SaveSql = """
        update idempotency_keys set response_status = @status, response_body = @body
        where user_id = @user_id and key = @key
        """;

    public Task<IdempotencyOutcome> ExecuteOnceAsync(IdempotencyClaim claim, Func<CancellationToken, Task<StoredResponse>> execute,
        CancellationToken cancellationToken)
    {
        var attempt = 0;
        return db.Database.CreateExecutionStrategy().ExecuteAsync(
            async ct =>
            {
                if (attempt++ > 0)
                {
                    db.ChangeTracker.Clear(); // a retried attempt must not save what the failed one left tracked
                }

                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var outcome = await ClaimAsync(transaction, claim, ct)
                    ? new IdempotencyOutcome(false, claim.RequestHash, await RunAsync(transaction, claim, execute, ct))
                    : await ReadAsync(transaction, claim, ct);
                await transaction.CommitAsync(ct);
                return outcome;
            },
            cancellationToken);
    }

    private async Task<bool> ClaimAsync(IDbContextTransaction transaction, IdempotencyClaim claim, CancellationToken cancellationToken)
    {
        await using var command = Command(transaction, ClaimSql, claim);
        command.Parameters.AddWithValue("request_hash", claim.RequestHash);
        command.Parameters.AddWithValue("now", claim.Now.ToUniversalTime());
        command.Parameters.AddWithValue("expired_at", (claim.Now - IdempotencyKeys.Lifetime).ToUniversalTime());
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    private async Task<StoredResponse> RunAsync(IDbContextTransaction transaction, IdempotencyClaim claim,
        Func<CancellationToken, Task<StoredResponse>> execute, CancellationToken cancellationToken)
    {
        var response = await execute(cancellationToken);
        await using var command = Command(transaction, SaveSql, claim);
        command.Parameters.AddWithValue("status", response.Status);
        command.Parameters.Add(new NpgsqlParameter("body", NpgsqlDbType.Jsonb) { Value = response.Body });
        await command.ExecuteNonQueryAsync(cancellationToken);
        return response;
    }

    private async Task<IdempotencyOutcome> ReadAsync(IDbContextTransaction transaction, IdempotencyClaim claim, CancellationToken cancellationToken)
    {
        await using var command = Command(transaction, ReadSql, claim);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        // The claim waited for the other request's commit, and a request that failed left no row: the answer is there.
        if (!await reader.ReadAsync(cancellationToken) || await reader.IsDBNullAsync(1, cancellationToken))
        {
            throw new InvalidOperationException("An idempotency key was neither claimable nor answered.");
        }

        return new IdempotencyOutcome(true, reader.GetString(0), new StoredResponse(reader.GetInt32(1), reader.GetString(2)));
    }

    private NpgsqlCommand Command(IDbContextTransaction transaction, string sql, IdempotencyClaim claim)
    {
        var command = new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)transaction.GetDbTransaction());
        command.Parameters.AddWithValue("user_id", claim.UserId);
        command.Parameters.AddWithValue("key", claim.Key);
        return command;
    }
}
