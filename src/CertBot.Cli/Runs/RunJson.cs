using CertBot.Cli.Output;
using CertBot.Engine.Runs;

namespace CertBot.Cli.Runs;

/// <summary>
/// <c>certbot show --json</c>: <c>{"run":{…},"gates":[…],"journal":[…],"allowed":[…]}</c>: what the store holds, in
/// the command line's JSON shape (<see cref="CliJson"/>).
/// </summary>
public static class RunJson
{
    public static string Write(RunView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return CliJson.Serialize(new Document(view.Run, view.Gates, view.Journal, view.Allowed.Select(RunText.Verb).ToList()));
    }

    private sealed record Document(Run Run, IReadOnlyList<Gate> Gates, IReadOnlyList<JournalEntry> Journal, IReadOnlyList<string> Allowed);
}
