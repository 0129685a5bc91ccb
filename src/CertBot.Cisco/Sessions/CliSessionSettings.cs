namespace CertBot.Cisco.Sessions;

/// <summary>Timing of a CLI session. Real nodes take ~9 s to the first prompt and seconds per command.</summary>
public sealed record CliSessionSettings
{
    /// <summary>From starting the client to the first prompt (banner included).</summary>
    public TimeSpan LoginTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>How long a question nobody may answer must stay unanswered before the command fails.</summary>
    public TimeSpan QuietPeriod { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long output must stay quiet after an allow-listed prompt before it is answered: the node waits on a
    /// complete prompt, while a line still arriving may only look like one.
    /// </summary>
    public TimeSpan PromptSettle { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Timeout of session housekeeping such as <c>set cli pagination off</c>.</summary>
    public TimeSpan SetupCommandTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
