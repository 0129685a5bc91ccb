namespace CertBot.Chat.Views;

/// <summary>One step of a run as the progress view shows it.</summary>
/// <param name="Elapsed">Run time so far (running) or in all (ended); null before it started.</param>
public sealed record ProgressStepLine(int Number, string Title, string? Node, StepDisplayState Status, TimeSpan? Elapsed, string? Detail)
{
    /// <summary>✓ done, ▶ running, ✗ failed, ⤼ skipped, ⏸ waiting for a person, · pending.</summary>
    public string Mark => Status.Mark();
}
