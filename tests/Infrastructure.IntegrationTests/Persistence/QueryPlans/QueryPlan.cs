using System.Text.Json;

namespace PageShare.Infrastructure.IntegrationTests.Persistence.QueryPlans;

/// <summary>A statement and the nodes of its plan, flattened; <see cref="ToString"/> shows both for a failure message.</summary>
internal sealed class QueryPlan
{
    private QueryPlan(string sql, IReadOnlyList<PlanNode> nodes, string json)
    {
        Sql = sql;
        Nodes = nodes;
        Json = json;
    }

    public string Sql { get; }

    public IReadOnlyList<PlanNode> Nodes { get; }

    private string Json { get; }

    public static QueryPlan Parse(string sql, string json)
    {
        using var document = JsonDocument.Parse(json);
        var nodes = new List<PlanNode>();
        Collect(document.RootElement[0].GetProperty("Plan"), nodes);
        return new QueryPlan(sql, nodes, json);
    }

    /// <summary>True when some node reads every row of <paramref name="table"/>.</summary>
    public bool SeqScans(string table) => Nodes.Any(n => n.NodeType == "Seq Scan" && n.Relation == table);

    /// <summary>True when some node walks <paramref name="index"/> in its order (an index scan, not a bitmap).</summary>
    public bool Walks(string index) => Nodes.Any(n => n.NodeType is "Index Scan" or "Index Only Scan" && n.Index == index);

    /// <summary>True when some node reads through <paramref name="index"/> (a bitmap index scan names no table).</summary>
    public bool Uses(string index) => Nodes.Any(n => n.Index == index);

    public override string ToString() => $"{Sql}\n{Json}";

    private static void Collect(JsonElement node, List<PlanNode> nodes)
    {
        nodes.Add(new PlanNode(
            node.GetProperty("Node Type").GetString()!,
            node.TryGetProperty("Relation Name", out var relation) ? relation.GetString() : null,
            node.TryGetProperty("Index Name", out var index) ? index.GetString() : null,
            node.TryGetProperty("Index Cond", out var condition) ? condition.GetString() : null));
        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                Collect(child, nodes);
            }
        }
    }
}
