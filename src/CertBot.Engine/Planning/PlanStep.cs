using System.Text.Json.Serialization;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Engine.Planning;

/// <summary>
/// One step of a plan: where it runs, what it sends (at command level), whether users notice it, and the
/// facts its verification compares against. Immutable; part of the plan's content hash.
/// </summary>
/// <param name="Node">Null for gates and cluster-wide manual steps.</param>
/// <param name="Intent">The command as an administrator would type it (<c>set cert regen tomcat</c>); never a secret.</param>
/// <param name="PreviousSerial">For <see cref="StepKind.Regenerate"/>: the serial the new certificate must differ from.</param>
/// <param name="PreviousNotAfter">For <see cref="StepKind.Regenerate"/>: the expiry the new certificate must exceed.</param>
/// <param name="SourceNode">For <see cref="StepKind.ImportTrust"/>: the node whose identity certificate is copied.</param>
/// <param name="ExpectedSerial">For <see cref="StepKind.ImportTrust"/>: the serial that must appear in the trust store.</param>
/// <param name="Peers">For <see cref="StepKind.DeleteTrust"/>: the nodes the deletion propagates to, where the entry must be gone too;
/// for <see cref="StepKind.VerifyPeerCopies"/>: the nodes whose <see cref="Store"/> held the old certificate and must hold the new one.</param>
/// <param name="ExpectedFiles">For <see cref="StepKind.VerifyBulkFiles"/>: the nodes whose exported certificates must be
/// in the SFTP directory's PKCS12 files; for <see cref="StepKind.BulkImport"/>: the sending nodes, whose exported
/// certificates (as the files hold them) the import must leave in the seed's trust stores.</param>
/// <param name="ExpectedNames">For <see cref="StepKind.GenerateCsr"/>: the DNS names the CSR (and so the signed certificate) must carry.</param>
/// <param name="MultiServer">For <see cref="StepKind.GenerateCsr"/>: a multi-server (SAN) CSR on the product's publisher.</param>
public sealed record PlanStep(
    int Index,
    StepKind Kind,
    NodeRef? Node,
    string Title,
    string Intent,
    bool ServiceImpacting,
    TimeSpan EstimatedDuration,
    string? Unit = null,
    string? Store = null,
    string? File = null,
    string? Service = null,
    ServiceAction? Action = null,
    TimeSpan? Timeout = null,
    string? PreviousSerial = null,
    DateTimeOffset? PreviousNotAfter = null,
    NodeRef? SourceNode = null,
    string? ExpectedSerial = null,
    IReadOnlyList<string>? ExpectedFiles = null,
    IReadOnlyList<NodeRef>? Peers = null,
    IReadOnlyList<string>? ExpectedNames = null,
    bool? MultiServer = null)
{
    /// <summary>Whether the step changes a node (or its bulk SFTP area); the plan is re-checked before the first one.</summary>
    [JsonIgnore]
    public bool Changes => Kind is not (StepKind.ApprovalGate or StepKind.Manual or StepKind.VerifyBulkFiles or StepKind.VerifyIpsecTrust or StepKind.CheckHealth
        or StepKind.AwaitCertificate or StepKind.VerifyIdentity or StepKind.VerifyPeerCopies);

    /// <summary>Whether the run waits for a person at this step.</summary>
    [JsonIgnore]
    public bool WaitsForPerson => Kind is StepKind.ApprovalGate or StepKind.Manual or StepKind.AwaitCertificate;

    public override string ToString() => $"{Index + 1}. {Title}";
}
