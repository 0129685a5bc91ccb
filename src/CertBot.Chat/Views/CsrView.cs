using CertBot.Engine.Renewal;

namespace CertBot.Chat.Views;

/// <summary>
/// The CSR card: a renewal waits for the CA's signed certificate. It shows each CSR (the PEM to copy, its subject,
/// SANs and key in plain words) and how to answer in the thread. Once the answer is accepted (or the run ends) the
/// card says so and keeps the CSRs for the record.
/// </summary>
/// <param name="Requests">Every CSR of the run, by node.</param>
/// <param name="Received">The CSR nodes whose signed certificate the run already holds (single-node answers may come one by one).</param>
/// <param name="HowToAnswer">What to type (or attach) to answer, with the run id filled in.</param>
/// <param name="Outcome">Null while the run waits for the answer.</param>
public sealed record CsrView(
    Guid RunId,
    Guid GateId,
    string Title,
    string RequestedBy,
    IReadOnlyList<SigningRequestFacts> Requests,
    IReadOnlyList<string> Received,
    string HowToAnswer,
    string? Outcome,
    IReadOnlyList<ViewAction> Actions) : ChatView
{
    public bool IsOpen => Outcome is null;

    public override string Summary => IsOpen ? $"Waiting for the signed certificate: {Title}" : $"{Title}: {Outcome}";
}
