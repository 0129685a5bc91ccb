using System.Text.Json;

namespace CertBot.Cli.Tests.Support;

/// <summary>Reads <c>certbot inventory --json</c> documents.</summary>
public static class LabInventoryJson
{
    public static JsonElement Node(JsonElement inventory, string node) =>
        inventory.GetProperty("clusters")[0].GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("name").GetString() == node);

    public static IEnumerable<JsonElement> Certificates(JsonElement inventory, string node) =>
        Node(inventory, node).GetProperty("certificates").EnumerateArray();

    /// <summary>The serial of a node's identity certificate of <paramref name="unit"/>.</summary>
    public static string Serial(JsonElement inventory, string node, string unit) =>
        Certificates(inventory, node).Single(c => c.GetProperty("unit").GetString() == unit && !c.GetProperty("store").GetString()!.EndsWith("-trust", StringComparison.Ordinal))
            .GetProperty("serial").GetString()!;

    /// <summary>Every trust entry of a node as <c>store/file</c>.</summary>
    public static IReadOnlySet<string> Trust(JsonElement inventory, string node) =>
        Certificates(inventory, node).Where(c => c.GetProperty("store").GetString()!.EndsWith("-trust", StringComparison.Ordinal))
            .Select(c => $"{c.GetProperty("store").GetString()}/{c.GetProperty("file").GetString()}").ToHashSet();

    /// <summary>The serials in one trust store of a node.</summary>
    public static IReadOnlySet<string> TrustSerials(JsonElement inventory, string node, string store) =>
        Certificates(inventory, node).Where(c => c.GetProperty("store").GetString() == store)
            .Select(c => c.GetProperty("serial").GetString()!.ToUpperInvariant()).ToHashSet();
}
