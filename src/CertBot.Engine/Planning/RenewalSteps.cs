using CertBot.Engine.Model;

namespace CertBot.Engine.Planning;

/// <summary>The P9 steps as the plan lists them (the CSR path of a CA-signed identity certificate).</summary>
internal static class RenewalSteps
{
    public static void GenerateCsr(PlanBuilder plan, NodeRef node, CertificateInfo current, bool multiServer, IReadOnlyList<string> names, DateTimeOffset? replacesUntil) =>
        plan.Add(new PlanStep(0, StepKind.GenerateCsr, node, $"Generate the {(multiServer ? "multi-server " : "")}{current.Unit} CSR on {node.Name}",
            $"set csr gen {current.Unit}", false, Durations.TrustChange,
            Unit: current.Unit, PreviousSerial: current.Serial, PreviousNotAfter: replacesUntil, ExpectedNames: names, MultiServer: multiServer));

    public static void AwaitCertificate(PlanBuilder plan, string unit, IReadOnlyList<NodeRef> csrNodes) =>
        plan.Add(new PlanStep(0, StepKind.AwaitCertificate, null, "Waiting for the signed certificate",
            $"the CA's signed {unit} certificate for the CSR of {string.Join(", ", csrNodes.Select(n => n.Name))} and its chain up to the root " +
            "(paste the PEM after '@CertBot certificate <run>', or certbot provide <run> --certificate <file> --chain <file>)",
            false, Durations.Person, Unit: unit));

    public static void ImportChain(PlanBuilder plan, NodeRef node, string unit, string trustUnit) =>
        plan.Add(new PlanStep(0, StepKind.ImportChain, node, $"Import the CA chain into {trustUnit}-trust on {node.Name}",
            $"set cert import trust {trustUnit}", false, Durations.TrustChange, Unit: trustUnit, Store: trustUnit + "-trust", File: unit));

    public static void ImportOwn(PlanBuilder plan, NodeRef node, NodeRef csrNode, CertificateInfo current) =>
        plan.Add(new PlanStep(0, StepKind.ImportOwn, node, $"Import the signed {current.Unit} certificate on {node.Name}",
            $"set cert import own {current.Unit}", false, Durations.Regenerate,
            Unit: current.Unit, PreviousSerial: current.Serial, PreviousNotAfter: current.NotAfter, SourceNode: csrNode));

    public static void VerifyIdentity(PlanBuilder plan, NodeRef node, NodeRef csrNode, CertificateInfo current) =>
        plan.Add(new PlanStep(0, StepKind.VerifyIdentity, node, $"Check that {node.Name} presents the signed {current.Unit} certificate",
            $"show cert own {current.Unit}/{current.Unit}.pem", false, Durations.FileCheck,
            Unit: current.Unit, PreviousSerial: current.Serial, SourceNode: csrNode));
}
