using System.Text.Json;

namespace CertBot.Cli.Tests.Support;

/// <summary>The document <c>certbot show --json</c> prints: run, gates, journal, allowed.</summary>
public sealed record RunDocument(JsonElement Root)
{
    public JsonElement Run => Root.GetProperty(nameof(Run));

    public string State => Run.GetProperty(nameof(State)).GetString()!;

    public int NextStep => Run.GetProperty(nameof(NextStep)).GetInt32();

    public JsonElement Plan => Run.GetProperty(nameof(Plan));

    public IReadOnlyList<JsonElement> Steps => [.. Plan.GetProperty(nameof(Steps)).EnumerateArray()];

    public IReadOnlyList<JsonElement> Outcomes => [.. Run.GetProperty(nameof(Steps)).EnumerateArray()];

    public string StepStatus(int index) => Outcomes[index].GetProperty("Status").GetString()!;

    public IReadOnlyList<JsonElement> Journal => [.. Root.GetProperty(nameof(Journal)).EnumerateArray()];

    /// <summary>The kind (Approval, Confirmation) of the gate that is open, or null.</summary>
    public string? OpenGateKind => Root.GetProperty("Gates").EnumerateArray()
        .Where(g => g.GetProperty(nameof(State)).GetString() == "Open")
        .Select(g => g.GetProperty("Kind").GetString())
        .LastOrDefault();

    /// <summary>Index of the first step whose title is <paramref name="title"/>.</summary>
    public int StepIndex(string title) =>
        Steps.ToList().FindIndex(s => s.GetProperty("Title").GetString() == title) is var i and >= 0 ? i : throw new KeyNotFoundException($"no step '{title}'");
}
