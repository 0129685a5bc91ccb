namespace CertBot.Engine.Execution.Steps;

/// <summary>P9: the certificate the CA signed for a step's CSR, as the run holds it after validating the answer.</summary>
internal static class SignedAnswer
{
    /// <summary>The PEM for the CSR of <see cref="Planning.PlanStep.SourceNode"/> (or the step's own node).</summary>
    /// <exception cref="StepVerificationException">The run holds no validated answer for that CSR.</exception>
    public static string PemFor(StepContext context)
    {
        var csrNode = (context.Step.SourceNode ?? context.Node).Name;
        return context.Renewal.Certificates.TryGetValue(csrNode, out var pem)
            ? pem
            : throw new StepVerificationException(context.Node.Name, $"the run holds no validated certificate for {csrNode}'s CSR");
    }
}
