using CertBot.Engine.Runs;
using CertBot.Engine.Storage;

namespace CertBot.Cli.Runs;

/// <summary>The run a command line names (<see cref="RunIds"/>), or the line that says why it names none.</summary>
public static class TypedRunId
{
    /// <returns>The id, or null with the error saying why (an unknown run's starts with "no run").</returns>
    public static async Task<(Guid? Id, string? Error)> ResolveAsync(IRunStore store, string text, CancellationToken cancellationToken)
    {
        var found = await RunIds.FindAsync(store, text, cancellationToken);
        return (found.Id, found.Problem switch
        {
            RunIdProblem.None => null,
            RunIdProblem.NotAnId => $"'{text}' is not a run id: give the id (or its first {RunIds.ShortLength} characters) as certbot runs lists it",
            RunIdProblem.NoMatch => $"no run {text}; certbot runs lists the runs",
            _ => $"'{text}' starts {found.Matches.Count} run ids ({string.Join(", ", found.Matches.Select(RunIds.ShortId))}): type more of it",
        });
    }
}
