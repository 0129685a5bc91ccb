using System.Text.Json;

namespace CertBot.Cli.Tests.Support;

/// <summary>The document <c>certbot show --json</c> prints: run, gates, journal, allowed.</summary>
public sealed record RunDocument(JsonElement Root)
{
    public JsonElement Run => Root.GetProperty("run");

    public string State => Run.GetProperty("state").GetString()!;

    public int NextStep => Run.GetProperty("nextStep").GetInt32();

    public JsonElement Plan => Run.GetProperty("plan");

    public IReadOnlyList<JsonElement> Steps => [.. Plan.GetProperty("steps").EnumerateArray()];

    public IReadOnlyList<JsonElement> Outcomes => [.. Run.GetProperty("steps").EnumerateArray()];

    public string StepStatus(int index) => Outcomes[index].GetProperty("status").GetString()!;

    public IReadOnlyList<JsonElement> Journal => [.. Root.GetProperty("journal").EnumerateArray()];

    /// <summary>The kind (Approval, Confirmation) of the gate that is open, or null.</summary>
    public string? OpenGateKind => Root.GetProperty("gates").EnumerateArray()
        .Where(g => g.GetProperty("state").GetString() == "Open")
        .Select(g => g.GetProperty("kind").GetString())
        .LastOrDefault();

    /// <summary>Index of the first step whose title is <paramref name="title"/>.</summary>
    public int StepIndex(string title) =>
        Steps.ToList().FindIndex(s => s.GetProperty("title").GetString() == title) is var i and >= 0 ? i : throw new KeyNotFoundException($"no step '{title}'");
}
