using System.Security.Cryptography.X509Certificates;
using CertBot.Lab.Pki;
using CertBot.Lab.State;

namespace CertBot.Lab.Node.Commands;

/// <summary>
/// Certificate Change Notification: when a node regenerates an identity certificate, the platform copies the new
/// certificate into the matching trust store of the cluster's other nodes, so they keep trusting the node.
/// Invented detail, to check on a real cluster: the copy replaces the entry a peer already holds for the node
/// (the same <c>&lt;CN&gt;.pem</c> in <c>&lt;unit&gt;-trust</c>), peers that never trusted it get none, and the copy
/// is complete when <c>set cert regen</c> returns. A peer with the <c>nochangenotification</c> fault receives nothing.
/// </summary>
internal static class ChangeNotification
{
    /// <summary>Writes the new certificate over the peers' copies of the old one.</summary>
    public static async Task CopyToPeersAsync(CommandContext context, string unit, string newPem)
    {
        var state = context.Snapshot;
        var store = TrustStoreNames.OfIdentity(unit);
        var file = TrustFileNames.For(X509Certificate2.CreateFromPem(newPem), withSerial: false);
        foreach (var peer in state.Peers.Where(p => p.Name != state.Identity.Name && p.StateDir.Length > 0))
        {
            if (NodeFaults.Load(peer.StateDir).NoChangeNotification)
            {
                continue;
            }

            await new NodeStore(peer.StateDir).UpdateAsync((_, files) =>
            {
                if (files.HasTrust(store, file))
                {
                    files.WriteTrust(store, file, newPem);
                }

                return true;
            }, context.Cancellation);
        }
    }
}
