using CertBot.Engine.Nodes;

namespace CertBot.Engine.Planning;

/// <summary>
/// Seed 003 step 1: "the SFTP server reachable with the given directory", proven at planning time by listing
/// the directory. A server that cannot be reached or listed blocks the plan with the reason, before any export.
/// </summary>
internal static class SftpReach
{
    public static async Task CheckAsync(PlanningContext context, CancellationToken cancellationToken)
    {
        if (context.Bulk is not { } bulk)
        {
            context.Plan.Block("no SFTP directory reader is wired: the bulk SFTP server cannot be checked before the exports");
            return;
        }

        var (settings, problem) = bulk.Resolve();
        if (settings is null)
        {
            context.Plan.Block(problem!);
            return;
        }

        try
        {
            await bulk.Directory.ListAsync(settings, cancellationToken);
            context.Plan.Decide("SFTP", $"{settings} reached and its directory listed");
        }
        catch (NodeException e)
        {
            context.Plan.Block($"the bulk SFTP server {settings} could not be listed: {e.Message}");
        }
    }
}
