using CertBot.Engine.Nodes;
using CertBot.Engine.Planning;

namespace CertBot.Engine.Execution.Steps;

/// <summary>
/// The bulk certificate steps of seed 003 on a publisher: configure the SFTP server, export, consolidate,
/// import. An import is verified against the seed's mapping: every expected certificate is in its trust store.
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
                return await VerifyMappingAsync(context, session, step.Expected ?? [], cancellationToken);
            default:
                throw new ArgumentOutOfRangeException(nameof(context), step.Kind, "not a bulk step");
        }
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

        return new StepResult($"{context.Node}: import mapping verified ({expected.Count} trust entries)");
    }
}
