namespace CertBot.Engine.Runs.Decisions;

/// <summary>A handler's answer and, when the decision changes the run, the change to commit.</summary>
internal sealed record Verdict(RunAnswer Answer, RunChange? Change);
