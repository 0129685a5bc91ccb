using System.Security.Cryptography;
using CertBot.Engine.Renewal;

namespace CertBot.Engine.Execution.Steps;

/// <summary>
/// P9: <c>set csr gen &lt;unit&gt;</c> on the node (multi-server on the product's publisher), the CSR read back and
/// checked: it must ask for every DNS name the plan expects (each covered node's FQDN). The CSR is kept with the
/// run for the CA's answer; the node keeps its private key.
/// </summary>
public sealed class GenerateCsrStep : IStepExecutor
{
    public async Task<StepResult> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Step;
        var session = await context.SessionAsync(cancellationToken);
        var pem = await session.GenerateCsrAsync(step.Unit!, step.MultiServer == true, cancellationToken);
        SigningRequestFacts request;
        try
        {
            request = SigningRequestFacts.Read(context.Node.Name, pem);
        }
        catch (CryptographicException e)
        {
            throw new StepVerificationException(context.Node.Name, $"the CSR read back from {context.Node.Name} cannot be read: {e.Message}");
        }

        var names = request.DnsNames;
        var missing = (step.ExpectedNames ?? []).Where(n => !names.Contains(n, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            throw new StepVerificationException(context.Node.Name, $"the {step.Unit} CSR of {context.Node.Name} does not name {string.Join(", ", missing)}");
        }

        return new StepResult($"{step.Unit} CSR on {context.Node.Name}: {request.Subject}; SANs {string.Join(", ", names)}; key {request.Key}", pem);
    }
}
