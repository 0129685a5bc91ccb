using CertBot.Engine.Runs;

namespace CertBot.Engine.Execution;

/// <summary>A step's verified result, for the journal and the progress card ("new serial 5A01, expires 2028-11-21").</summary>
/// <param name="Csr">A CSR (PEM) the step generated, kept with the run for the CA's answer.</param>
public sealed record StepResult(string Detail, string? Csr = null)
{
    /// <summary>What the step changed and verified, node by node (empty for read-only steps): the maintenance record.</summary>
    public IReadOnlyList<NodeChange> Changes { get; init; } = [];
}
