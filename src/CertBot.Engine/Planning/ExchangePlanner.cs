using CertBot.Engine.Model;
using CertBot.Engine.Planning.Facts;

namespace CertBot.Engine.Planning;

/// <summary>
/// P8 (seed 003): bulk certificate exchange for a phone migration from the source to the destination
/// cluster, everything on each cluster's Unified CM publisher: export destination, export source, check the
/// files, consolidate once on the source, gate, import destination then source, verify the import mapping.
/// </summary>
public sealed class ExchangePlanner : IProcedurePlanner
{
    public async Task PlanAsync(PlanningContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (string.Equals(request.Cluster, request.TargetCluster, StringComparison.OrdinalIgnoreCase) || request.TargetCluster is null)
        {
            context.Plan.Block("exchange needs two different clusters: --from <source> --to <destination>");
            return;
        }

        var source = context.Cluster(request.Cluster);
        var destination = context.Cluster(request.TargetCluster);
        var sftp = context.Options.BulkSftp;
        if (sftp is null)
        {
            context.Plan.Block("no bulk SFTP server is configured (CertBot:Sftp): both publishers export to it");
        }

        if (source is null || destination is null)
        {
            return;
        }

        var sourcePublisher = source.Publisher(Product.Cucm);
        var destinationPublisher = destination.Publisher(Product.Cucm);
        if (sourcePublisher is null || destinationPublisher is null)
        {
            context.Plan.Block("both clusters need a configured Unified CM publisher: bulk certificate management runs there");
            return;
        }

        await MembershipCheck.CheckAsync(context, source, cancellationToken);
        await MembershipCheck.CheckAsync(context, destination, cancellationToken);
        await ExchangePreChecks.CheckAsync(context, source, destination, cancellationToken);
        if (sftp is not null)
        {
            await SftpReach.CheckAsync(context, cancellationToken);
        }

        if (context.Plan.IsBlocked || sftp is null)
        {
            return;
        }

        var target = $"{sftp.Username}@{sftp.Host}:{sftp.Port}{sftp.Directory}";
        context.Plan.Decide("SFTP", $"both publishers export to {target}; IM and Presence nodes take no part in bulk exchange");
        context.Plan.Gate($"Approve: exchange certificates from {source.Name} to {destination.Name}");
        foreach (var publisher in new[] { destinationPublisher, sourcePublisher })
        {
            context.Plan.Add(new PlanStep(0, StepKind.ConfigureBulkSftp, publisher, $"Configure the bulk SFTP server on {publisher}",
                $"set cert bulk sftp ({target})", false, Durations.BulkSftp));
            context.Plan.Add(new PlanStep(0, StepKind.BulkExport, publisher, $"Export all certificates of {publisher.Cluster} on {publisher}",
                "set cert bulk export all", false, Durations.BulkTransfer));
        }

        var sourceNames = (await BulkFileNamesAsync(context, source, cancellationToken)).ToList();
        var destinationNames = (await BulkFileNamesAsync(context, destination, cancellationToken)).ToList();
        var expectedFiles = sourceNames.Concat(destinationNames).ToList();
        context.Plan.Add(new PlanStep(0, StepKind.VerifyBulkFiles, null, "Check the SFTP directory holds a PKCS12 file per node",
            $"list {target}", false, Durations.FileCheck, ExpectedFiles: expectedFiles));
        context.Plan.Add(new PlanStep(0, StepKind.BulkConsolidate, sourcePublisher, $"Consolidate once on {sourcePublisher}",
            "set cert bulk consolidate all", false, Durations.BulkTransfer));
        context.Plan.Gate($"Approve the imports: they change the production trust stores of {destination.Name} and {source.Name}");
        context.Plan.Add(Import(destinationPublisher, sourceNames));
        context.Plan.Add(Import(sourcePublisher, destinationNames));
        context.Plan.Manual(null, "Move the phones (checklist)",
            $"DHCP option 150 of the {source.Name} phones' scope points to the {destination.Name} TFTP servers; reset the {source.Name} phones; they reach the {source.Name} TVS on TCP 2445 to validate the {destination.Name} ITL (non-secure) or CTL (mixed mode). Confirm when done");
    }

    /// <summary>The import, checked against what the <paramref name="senders"/>' exports hold once it ran.</summary>
    private static PlanStep Import(NodeRef publisher, IReadOnlyList<string> senders) =>
        new(0, StepKind.BulkImport, publisher, $"Import all certificates on {publisher}", "set cert bulk import all",
            true, Durations.BulkTransfer, ExpectedFiles: senders);

    /// <summary>
    /// What names the per-node PKCS12 files: the node's FQDN where <c>show network cluster</c> lists one (node
    /// names repeat across clusters, FQDNs do not), else its host name.
    /// </summary>
    private static async Task<IEnumerable<string>> BulkFileNamesAsync(PlanningContext context, ClusterNodes cluster, CancellationToken cancellationToken)
    {
        var publisher = cluster.Publisher(Product.Cucm)!;
        var members = await (await context.Facts.ForAsync(publisher, cancellationToken)).NetworkClusterAsync(cancellationToken);
        return cluster.Of(Product.Cucm).Select(n => MembershipCheck.Find(members, n.Name) is { } m ? m.Fqdn ?? m.HostName : n.Name);
    }
}
