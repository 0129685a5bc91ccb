using System.Diagnostics;
using System.Text.Json.Nodes;
using CertBot.Teams.Cards;

namespace CertBot.Teams.Tests.Support;

/// <summary>
/// Microsoft's Adaptive Cards JavaScript renderer (npm adaptivecards 3.0.6, pinned by the lock file) run by
/// node: installed next to the test assembly on first use; a missing node or npm fails the test, loudly.
/// </summary>
internal static class AdaptiveCardsRenderer
{
    private static readonly SemaphoreSlim Installing = new(1, 1);
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "CardCheck");

    /// <summary>Each card's warnings as "event: message" lines; an empty list is a clean card.</summary>
    public static Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> CheckAsync(IReadOnlyDictionary<string, AdaptiveCard> cards) =>
        CheckJsonAsync(cards.ToDictionary(c => c.Key, c => (JsonNode)CardJson.ToNode(c.Value)));

    /// <summary>The same check for cards as they went over the wire.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> CheckJsonAsync(IReadOnlyDictionary<string, JsonNode> cards)
    {
        await EnsureInstalledAsync();
        var input = Path.Combine(Path.GetTempPath(), $"certbot-cards-{Guid.NewGuid():N}.json");
        try
        {
            var payload = new JsonArray(cards.Select(c => (JsonNode)new JsonObject { ["name"] = c.Key, ["card"] = c.Value.DeepClone() }).ToArray());
            await File.WriteAllTextAsync(input, payload.ToJsonString());
            var output = await RunAsync("node", ["check-cards.js", input]);
            var results = JsonNode.Parse(output)!.AsArray();
            return results.ToDictionary(
                r => (string)r!["name"]!,
                r => (IReadOnlyList<string>)r!["events"]!.AsArray().Select(e => $"{e!["event"]}: {e["message"]}").ToList());
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static async Task EnsureInstalledAsync()
    {
        await Installing.WaitAsync();
        try
        {
            if (!File.Exists(Path.Combine(Directory, "node_modules", "adaptivecards", "dist", "adaptivecards.js")))
            {
                await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"]);
            }
        }
        finally
        {
            Installing.Release();
        }
    }

    private static async Task<string> RunAsync(string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = Directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await stderr}");
        }

        return await stdout;
    }
}
