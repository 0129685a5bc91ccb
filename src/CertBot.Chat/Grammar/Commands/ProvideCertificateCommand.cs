namespace CertBot.Chat.Grammar.Commands;

/// <summary>
/// <c>certificate &lt;run&gt;</c> followed by the CA's answer (PEM: the signed certificate and its chain) in the same
/// message, or with the answer attached as a file.
/// </summary>
/// <param name="RunId">The run as typed; null when not typed (the run of the thread that waits for a certificate is meant).</param>
/// <param name="Answer">The text after the run id, as typed: the PEM blocks (the engine judges them); null when none.</param>
public sealed record ProvideCertificateCommand(string? RunId, string? Answer) : ChatCommand
{
    /// <summary>Never the answer itself: a record's default text would put a pasted certificate into every log line that prints the command.</summary>
    public override string ToString() => $"certificate {RunId ?? "(the thread's run)"} ({Answer?.Length ?? 0} characters)";
}
