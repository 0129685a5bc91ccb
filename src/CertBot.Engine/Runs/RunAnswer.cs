namespace CertBot.Engine.Runs;

/// <summary>The engine's answer to a person: what happened, in words for the thread, and what may be asked now.</summary>
public sealed record RunAnswer(AnswerKind Kind, string Message, Run? Run, IReadOnlyList<RunAction> Allowed)
{
    public bool Changed => Kind == AnswerKind.Done;

    internal static RunAnswer Of(AnswerKind kind, string message, Run? run) =>
        new(kind, message, run, run is null ? [] : RunLifecycle.Allowed(run.State));

    internal static RunAnswer NotAllowed(RunAction action, Run run) =>
        Of(AnswerKind.NotAllowed,
            $"{action.ToString().ToLowerInvariant()} is not allowed while run {run.Id} is {run.State}; allowed: " +
            (RunLifecycle.Allowed(run.State) is { Count: > 0 } allowed ? string.Join(", ", allowed.Select(a => a.ToString().ToLowerInvariant())) : "nothing (the run has ended)"),
            run);

    public override string ToString() => Message;
}
