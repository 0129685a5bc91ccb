using CertBot.Engine.Runs;
using CertBot.Engine.Storage;

namespace CertBot.Chat.Handling;

/// <summary>The run a chat message names (<see cref="RunIds"/>), or what to answer in the thread when it names none.</summary>
internal static class TypedRunId
{
    public static async Task<(Guid? Id, string? Problem)> ResolveAsync(IRunStore runs, string typed, CancellationToken cancellationToken)
    {
        var found = await RunIds.FindAsync(runs, typed, cancellationToken);
        return (found.Id, found.Problem switch
        {
            RunIdProblem.None => null,
            RunIdProblem.NotAnId => $"`{typed}` is not a run id: use the id the cards show (e.g. `1a2b3c4d`). `runs` lists them.",
            RunIdProblem.NoMatch => $"No run starts with `{found.Text}`. `runs` lists the recent ones.",
            _ => $"`{found.Text}` matches {found.Matches.Count} runs: type more of the id.",
        });
    }
}
