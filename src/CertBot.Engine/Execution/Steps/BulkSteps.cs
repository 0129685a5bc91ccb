using CertBot.Engine.Nodes;
using CertBot.Engine.Planning;

namespace CertBot.Engine.Execution.Steps;

/// <summary>
/// The bulk certificate steps of seed 003 on a publisher: configure the SFTP server, export, consolidate,
/// import. An import is verified against the seed's mapping applied to what the other cluster's exports really
/// hold (read from the PKCS12 files, never a fixed list of units): every such certificate is in its trust stores.
/// </summary>
public sealed class BulkSteps : IStepExecutor
{
    public async Task<StepResult> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Step;
        var session = await context.SessionAsync(cancellationToken);
        switch (step.Kind)
        {
            case StepKind.ConfigureBulkSftp:
                var settings = context.BulkSettings();
                await session.ConfigureBulkSftpAsync(settings, cancellationToken);
                return new StepResult($"{context.Node} exports to {settings}");
            case StepKind.BulkExport:
                await session.BulkAsync(BulkOperation.Export, cancellationToken);
                return new StepResult($"{context.Node}: all certificates exported");
            case StepKind.BulkConsolidate:
                await session.BulkAsync(BulkOperation.Consolidate, cancellationToken);
                return new StepResult($"{context.Node}: consolidated");
            case StepKind.BulkImport:
                await session.BulkAsync(BulkOperation.Import, cancellationToken);
                return await VerifyMappingAsync(context, session, await ExpectedAsync(context, cancellationToken), cancellationToken);
            default:
                throw new ArgumentOutOfRangeException(nameof(context), step.Kind, "not a bulk step");
        }
    }

    /// <summary>The trust entries the import must leave: each exported certificate of the sending nodes, in its mapped stores.</summary>
    private static async Task<IReadOnlyList<ExpectedTrust>> ExpectedAsync(StepContext context, CancellationToken cancellationToken)
    {
        var directory = context.BulkDirectory
            ?? throw new StepVerificationException("SFTP", "no SFTP directory reader is configured: the import cannot be checked against the exports");
        var senders = context.Step.ExpectedFiles ?? [];
        var exported = (await directory.ReadCertificatesAsync(context.BulkSettings(), cancellationToken))
            .Where(c => senders.Any(c.IsFrom))
            .DistinctBy(c => (c.Unit, c.Certificate.Serial))
            .ToList();
        if (exported.Count == 0)
        {
            throw new StepVerificationException(context.Node.Name, $"the exports hold no certificate of {string.Join(", ", senders)}: nothing to check the import against");
        }

        return [.. exported.SelectMany(c => ImportMapping.StoresFor(c.Unit).Select(store => new ExpectedTrust(store, c.Certificate.Serial, $"{c.Node} {c.Unit}")))];
    }

    private static async Task<StepResult> VerifyMappingAsync(
        StepContext context, INodeSession session, IReadOnlyList<ExpectedTrust> expected, CancellationToken cancellationToken)
    {
        var stores = expected.Select(e => e.Store).ToHashSet(StringComparer.Ordinal);
        var trust = (await session.ListCertificatesAsync(trust: true, cancellationToken)).Where(t => stores.Contains(t.Store)).ToList();
        var missing = expected.Where(e => !trust.Any(t => t.Store == e.Store && Serials.Same(t.Serial, e.Serial))).ToList();
        if (missing.Count > 0)
        {
            throw new StepVerificationException(context.Node.Name,
                $"after the import {context.Node} lacks: " + string.Join("; ", missing.Select(m => $"{m.Origin} in {m.Store}")));
        }

        return new StepResult($"{context.Node}: import mapping verified ({expected.Count} trust entries)")
        {
            Changes = [new(Runs.ChangeKind.TrustImported, context.Node.Name, "bulk import",
                Note: $"{expected.Count} trust entries of {string.Join(", ", context.Step.ExpectedFiles ?? [])} verified in {string.Join(", ", stores.Order(StringComparer.Ordinal))}")],
        };
    }
}
