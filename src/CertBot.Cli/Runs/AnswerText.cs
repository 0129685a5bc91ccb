using CertBot.Cli.Commands;
using CertBot.Engine.Configuration;
using CertBot.Engine.Runs;

namespace CertBot.Cli.Runs;

/// <summary>
/// Prints the engine's answer to a decision: what happened on stdout, a refusal on stderr as one line with
/// what is allowed instead, and the exit code that goes with it.
/// </summary>
public static class AnswerText
{
    /// <param name="allowedNow">What may be asked of the run now, as <c>show</c> lists it (the open gate's kind considered); null for the answer's own list.</param>
    public static async Task<int> WriteAsync(RunAnswer answer, EngineOptions options, IReadOnlyList<RunAction>? allowedNow = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(options);
        switch (answer.Kind)
        {
            case AnswerKind.Done:
            case AnswerKind.Unchanged:
                await Console.Out.WriteLineAsync(answer.Message + (answer.Run is { } run ? $" (run {RunIds.ShortId(run.Id)} is {run.State})" : ""));
                return ExitCodes.Ok;
            case AnswerKind.NotFound:
                await Console.Error.WriteLineAsync($"{answer.Message}; certbot runs lists the runs");
                return ExitCodes.NotFound;
            default:
                await Console.Error.WriteLineAsync(Refusal(answer, options, allowedNow ?? answer.Allowed));
                return ExitCodes.Refused;
        }
    }

    /// <summary>The refusal, plus who may decide and what may be asked now when the engine did not say it already.</summary>
    private static string Refusal(RunAnswer answer, EngineOptions options, IReadOnlyList<RunAction> allowedNow)
    {
        var text = "refused: " + answer.Message;
        if (answer.Kind == AnswerKind.NotAllowed || answer.Run is not { } run)
        {
            return answer.Kind == AnswerKind.NotAllowed ? answer.Message : text;
        }

        var approvers = run.Request.Clusters
            .SelectMany(c => options.FindCluster(c)?.Approvers ?? [])
            .Where(a => !a.Equals(run.RequestedBy, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var allowed = allowedNow.Count == 0 ? "nothing (the run has ended)" : string.Join(", ", allowedNow.Select(RunText.Verb));
        return $"{text}; approvers of {string.Join(" and ", run.Request.Clusters)}: {(approvers.Count == 0 ? "none configured" : string.Join(", ", approvers))}; allowed now: {allowed}";
    }
}
