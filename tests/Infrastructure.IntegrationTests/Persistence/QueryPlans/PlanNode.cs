namespace PageShare.Infrastructure.IntegrationTests.Persistence.QueryPlans;

/// <summary>One node of a plan: its type, and the table and index it reads, if any.</summary>
internal sealed record PlanNode(string NodeType, string? Relation, string? Index);
