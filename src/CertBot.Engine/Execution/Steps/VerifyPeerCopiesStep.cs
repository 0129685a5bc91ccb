using CertBot.Engine.Planning;

namespace CertBot.Engine.Execution.Steps;

/// <summary>
/// After the restarts of P1–P5: the regenerated node's new certificate (its serial, read live) is in the trust store
/// of every peer that held the old one. A peer without it pauses the run with what it holds instead and how to put
/// the certificate there by hand (the platform's Certificate Change Notification did not reach it).
/// </summary>
public sealed class VerifyPeerCopiesStep : IStepExecutor
{
    public async Task<StepResult> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Step;
        var node = context.Node;
        var unit = step.Unit!;
        var store = step.Store!;
        var current = await VerifyIdentityStep.PresentedAsync(await context.SessionAsync(cancellationToken), unit, cancellationToken)
            ?? throw new StepVerificationException(node.Name, $"{node.Name} has no {unit}/{unit}.pem");
        var lacking = new List<string>();
        foreach (var peer in step.Peers ?? [])
        {
            var trust = (await (await context.SessionAsync(peer, cancellationToken)).ListCertificatesAsync(trust: true, cancellationToken))
                .Where(c => c.Store == store)
                .ToList();
            if (!trust.Any(c => Serials.Same(c.Serial, current.Serial)))
            {
                lacking.Add(trust.Any(c => Serials.Same(c.Serial, step.PreviousSerial))
                    ? $"{peer.Name} (still the old one, serial {step.PreviousSerial})"
                    : $"{peer.Name} (neither the old nor the new one)");
            }
        }

        if (lacking.Count > 0)
        {
            var trustUnit = store[..^"-trust".Length];
            throw new StepVerificationException(node.Name,
                $"{store} lacks {node.Name}'s new {unit} certificate (serial {current.Serial}) on {string.Join(", ", lacking)}: " +
                $"Certificate Change Notification did not reach it. On each, run set cert import trust {trustUnit} and paste the certificate " +
                $"that show cert own {unit}/{unit}.pem prints on {node.Name} (or upload it as {store} in Cisco Unified OS Administration > " +
                "Security > Certificate Management), then retry this step");
        }

        return new StepResult($"{string.Join(", ", (step.Peers ?? []).Select(p => p.Name))} hold {node.Name}'s new {unit} certificate (serial {current.Serial}) in {store}");
    }
}
