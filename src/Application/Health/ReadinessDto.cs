namespace PageShare.Application.Health;

/// <summary>
/// <c>GET /health/ready</c>: <c>status</c> is <c>ok</c> or <c>unavailable</c>; <c>database</c> is <c>ok</c> or
/// <c>unreachable</c>; <c>migrations</c> is <c>current</c>, <c>pending</c> or <c>unknown</c>.
/// </summary>
public sealed record ReadinessDto(string Status, string Database, string Migrations)
{
    public static ReadinessDto Ready() => new("ok", "ok", "current");

    public bool IsReady() => Status == "ok";
}
