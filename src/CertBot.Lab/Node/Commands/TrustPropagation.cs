using System.Globalization;
using CertBot.Lab.State;

namespace CertBot.Lab.Node.Commands;

/// <summary>
/// From release 11.0 the platform manages trust cluster-wide: deleting a trust certificate on one node removes
/// the same entry (same store, file and content) from the other nodes of the same product. Older releases
/// delete on the node asked only, so the seed's "delete it on each node" is needed there.
/// Invented detail, to check on a real cluster: that the propagation stays within the product (Unified CM or
/// IM and Presence) and is complete when the command returns.
/// </summary>
internal static class TrustPropagation
{
    public static bool Applies(string version)
    {
        var parts = version.Split('.');
        return parts.Length >= 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major) && major >= 11;
    }

    /// <summary>Removes the entry from every peer of the node's product that holds the same certificate.</summary>
    public static async Task DeleteOnPeersAsync(CommandContext context, string store, string file, string pem)
    {
        var state = context.Snapshot;
        if (!Applies(state.Version))
        {
            return;
        }

        var type = state.Identity.IsImp ? "cups" : "callmanager";
        foreach (var peer in state.Peers.Where(p => p.Name != state.Identity.Name && p.Type == type && p.StateDir.Length > 0))
        {
            await new NodeStore(peer.StateDir).UpdateAsync((_, files) =>
            {
                if (files.HasTrust(store, file) && files.ReadTrust(store, file) == pem)
                {
                    files.DeleteTrust(store, file);
                }

                return true;
            }, context.Cancellation);
        }
    }
}
