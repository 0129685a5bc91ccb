using System.Globalization;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;
using CertBot.Engine.Planning.Facts;

namespace CertBot.Engine.Planning;

/// <summary>
/// Seed 003 step 1, as checks that run rather than boxes to tick: both publishers answer; the source is not
/// prepared for rollback to pre-8.0 (a value that cannot be read blocks: fail closed); each cluster's security
/// mode is read and the TFTP nodes' ITL (and in mixed mode the CTL) must be present and verified by the node;
/// a version pair known to break bulk import (CSCuy43181) is named.
/// </summary>
internal static class ExchangePreChecks
{
    private static readonly Version BulkImportChange = new(10, 5, 2, 13900);

    public static async Task CheckAsync(PlanningContext context, ClusterNodes source, ClusterNodes destination, CancellationToken cancellationToken)
    {
        var sourcePublisher = source.Publisher(Product.Cucm)!;
        var destinationPublisher = destination.Publisher(Product.Cucm)!;
        var sourceFacts = await context.Facts.ForAsync(sourcePublisher, cancellationToken);
        var destinationFacts = await context.Facts.ForAsync(destinationPublisher, cancellationToken);
        var (rollback, unread) = await EnterpriseParameter.ReadAsync(sourceFacts, "RollBackToPreGrayback", cancellationToken);
        if (rollback is null)
        {
            context.Plan.Block($"RollBackToPreGrayback could not be read on {sourcePublisher} ({unread}): \"Prepare Cluster for Rollback to pre 8.0\" must be known to be False before a migration");
        }
        else if (!rollback.Trim().StartsWith('F'))
        {
            context.Plan.Block($"\"Prepare Cluster for Rollback to pre 8.0\" is True on {source.Name} (RollBackToPreGrayback = {rollback}): set it to False first");
        }
        else
        {
            context.Plan.Decide(sourcePublisher.Name, "\"Prepare Cluster for Rollback to pre 8.0\" is False");
        }

        foreach (var cluster in new[] { source, destination })
        {
            await TrustListsAsync(context, cluster, cancellationToken);
        }

        var sourceVersion = await sourceFacts.VersionAsync(cancellationToken);
        var destinationVersion = await destinationFacts.VersionAsync(cancellationToken);
        context.Plan.Decide("versions", $"{source.Name} runs {sourceVersion}, {destination.Name} runs {destinationVersion}");
        if (Parse(sourceVersion) is { } a && Parse(destinationVersion) is { } b && (a >= BulkImportChange) != (b >= BulkImportChange))
        {
            context.Plan.Decide("versions", "CSCuy43181: bulk import between 10.5.2.13900 or later and an older release is known to fail; check the imports closely");
        }
    }

    /// <summary>
    /// The cluster's security mode (<c>ClusterSecurityMode</c>: 0 non-secure, 1 mixed) and, on every Unified CM
    /// node running TFTP, <c>show itl</c> and in mixed mode <c>show ctl</c>: phones moved into (or out of) a cluster
    /// whose TFTP serves no valid trust list cannot validate its configuration files.
    /// </summary>
    private static async Task TrustListsAsync(PlanningContext context, ClusterNodes cluster, CancellationToken cancellationToken)
    {
        var publisher = cluster.Publisher(Product.Cucm)!;
        var (mode, unread) = await EnterpriseParameter.ReadAsync(await context.Facts.ForAsync(publisher, cancellationToken), "ClusterSecurityMode", cancellationToken);
        if (mode is not ("0" or "1"))
        {
            context.Plan.Block($"the security mode of {cluster.Name} could not be read on {publisher.Name} ({(mode is null ? unread : "ClusterSecurityMode = " + mode)}): mixed mode changes the checks and the phone checklist");
            return;
        }

        var mixed = mode == "1";
        context.Plan.Decide(cluster.Name, mixed ? "security mode: mixed (ClusterSecurityMode = 1): ITL and CTL checked" : "security mode: non-secure (ClusterSecurityMode = 0): ITL checked");
        var tftp = new List<NodeRef>();
        foreach (var node in cluster.Of(Product.Cucm))
        {
            if (await (await context.Facts.ForAsync(node, cancellationToken)).ServiceAsync(Services.Tftp, cancellationToken) is { Activated: true })
            {
                tftp.Add(node);
            }
        }

        if (tftp.Count == 0)
        {
            context.Plan.Block($"no Unified CM node of {cluster.Name} runs {Services.Tftp}: phones have no trust list to migrate with");
        }

        foreach (var node in tftp)
        {
            var facts = await context.Facts.ForAsync(node, cancellationToken);
            await JudgeAsync(context, facts, "ITL", cancellationToken);
            if (mixed)
            {
                await JudgeAsync(context, facts, "CTL", cancellationToken);
            }
        }
    }

    private static async Task JudgeAsync(PlanningContext context, NodeFacts facts, string file, CancellationToken cancellationToken)
    {
        var node = facts.Node;
        string? problem;
        TrustListSummary? summary = null;
        try
        {
            summary = await facts.TrustListAsync(ctl: file == "CTL", cancellationToken);
            problem = summary.Problem;
        }
        catch (NodeException e) when (e.Failure is NodeFailure.CommandFailed or NodeFailure.VerificationFailed)
        {
            problem = e.Message;
        }

        if (problem is not null || summary is null)
        {
            context.Plan.Block($"no valid {file} on TFTP node {node}: {problem}; phones would reject the migration");
        }
        else
        {
            context.Plan.Decide(node.Name, $"{file} present and verified by {node.Name} ({summary.RecordCount} records)");
        }
    }

    /// <summary>The first four numbers of <c>14.0.1.13900-155</c>; null when the text is not a version.</summary>
    private static Version? Parse(string text)
    {
        var numbers = text.Split(['.', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Take(4)
            .Select(part => int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1)
            .ToList();
        return numbers.Count == 4 && numbers.All(n => n >= 0) ? new Version(numbers[0], numbers[1], numbers[2], numbers[3]) : null;
    }
}
