namespace PageShare.Infrastructure.IntegrationTests.Persistence.QueryPlans;

/// <summary>One node of a plan: its type, the table and index it reads, and the condition it seeks the index with, if any.</summary>
internal sealed record PlanNode(string NodeType, string? Relation, string? Index, string? IndexCond);
