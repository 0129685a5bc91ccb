using System.Text.Json;
using CertBot.Engine.Runs;
using CertBot.Engine.Storage;

namespace CertBot.Cli.Runs;

/// <summary>
/// <c>certbot show --json</c>: <c>{"Run":{…},"Gates":[…],"Journal":[…],"Allowed":[…]}</c> in the engine's own JSON
/// shape (enums as names), so what is printed is exactly what the store holds.
/// </summary>
public static class RunJson
{
    private static readonly JsonSerializerOptions Indented = new(EngineJson.Options) { WriteIndented = true };

    public static string Write(RunView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return JsonSerializer.Serialize(new Document(view.Run, view.Gates, view.Journal, view.Allowed.Select(RunText.Verb).ToList()), Indented);
    }

    private sealed record Document(Run Run, IReadOnlyList<Gate> Gates, IReadOnlyList<JournalEntry> Journal, IReadOnlyList<string> Allowed);
}
