using CertBot.Lab.State;

namespace CertBot.Lab.Node.Commands;

/// <summary>
/// Where a multi-server (SAN) CSR is offered and which nodes it covers, as CUCM 10.5 and later do it: tomcat on
/// the CUCM publisher covers every CUCM and IM/P node; CallManager covers the CUCM nodes; cup-xmpp and
/// cup-xmpp-s2s are generated on the IM/P database publisher and cover the IM/P nodes. ECDSA units follow their
/// RSA twin; every other unit (ipsec, cup, CAPF, TVS, ITLRecovery) is single-node only.
/// </summary>
internal static class CsrDistribution
{
    /// <summary>The peers a multi-server CSR of the unit generated on this node covers, or empty when none is offered here.</summary>
    public static IReadOnlyList<PeerNode> MultiServerPeers(NodeState state, string unit)
    {
        var baseUnit = unit.EndsWith("-ECDSA", StringComparison.Ordinal) ? unit[..^"-ECDSA".Length] : unit;
        var self = state.Identity;
        var cucm = state.Peers.Where(p => p.Type == "callmanager").ToList();
        var imp = state.Peers.Where(p => p.Type == "cups").ToList();
        return baseUnit switch
        {
            "tomcat" when self.IsCucmPublisher => state.Peers,
            "tomcat" when self.IsImp && self.DbRole == "DBPub" => imp,
            "CallManager" when self.IsCucmPublisher => cucm,
            "cup-xmpp" or "cup-xmpp-s2s" when self.IsImp && self.DbRole == "DBPub" => imp,
            _ => [],
        };
    }
}
