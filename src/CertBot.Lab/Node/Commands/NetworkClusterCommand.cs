using System.Globalization;
using CertBot.Lab.State;

namespace CertBot.Lab.Node.Commands;

/// <summary>
/// <c>show network cluster</c>: one line per node (the local node last and without the
/// <c>using TCP since</c> suffix), then the Server Table on the publisher.
/// </summary>
internal sealed class NetworkClusterCommand : ICommandHandler
{
    public async Task ExecuteAsync(CommandContext context, CommandArguments arguments)
    {
        var state = context.Snapshot;
        var since = state.ClusterSince.UtcDateTime.ToString("ddd MMM d HH:mm:ss yyyy", CultureInfo.InvariantCulture);
        var local = state.Peers.FirstOrDefault(p => p.Name == state.Identity.Name);
        var others = state.Peers.Where(p => p != local);
        await context.LinesAsync(others.Select(p => Row(p) + $" using TCP since {since}"));
        if (local is not null)
        {
            await context.LineAsync(Row(local));
        }

        if (state.Identity.IsCucmPublisher)
        {
            const string Heading = "Server Table (processnode) Entries";
            await context.LineAsync();
            await context.LineAsync(Heading);
            await context.LineAsync(new string('-', Heading.Length));
            await context.LinesAsync(state.Peers.Select(p => p.Fqdn));
        }
    }

    private static string Row(PeerNode peer) => $"{peer.Ip} {peer.Fqdn} {peer.Name} {peer.Role} {peer.Type} {peer.DbRole} authenticated";
}
