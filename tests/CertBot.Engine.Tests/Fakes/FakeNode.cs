using CertBot.Engine.Model;

namespace CertBot.Engine.Tests.Fakes;

/// <summary>The state of one simulated node, changed by the sessions the engine opens on it.</summary>
public sealed class FakeNode(NodeRef node)
{
    private int serialCounter = 0x500;

    public NodeRef Ref { get; } = node;

    public List<CertificateInfo> Own { get; } = [];

    public List<CertificateInfo> Trust { get; } = [];

    public Dictionary<string, ServiceStatus> Services { get; } = new(StringComparer.Ordinal);

    public string Version { get; set; } = "14.0.1.13900-155";

    public Dictionary<string, string> Parameters { get; } = new(StringComparer.Ordinal) { ["RollBackToPreGrayback"] = "F", ["ClusterSecurityMode"] = "0" };

    /// <summary>What <c>show itl</c> says: a verified file unless a test breaks it.</summary>
    public TrustListSummary Itl { get; set; } = new(true, 4000, null, null, 4, ["System Administrator Security Token", "CCM+TFTP", "CAPF", "TVS"], true) { Known = true };

    /// <summary>What <c>show ctl</c> says: none (a non-secure cluster) unless a test gives one.</summary>
    public TrustListSummary Ctl { get; set; } = new(false, 0, null, null, 0, [], false) { Known = true };

    public List<ClusterMember> Members { get; } = [];

    /// <summary>This server's row in the publisher's <c>utils dbreplication runtimestate</c>; null for a healthy one.</summary>
    public ReplicationServer? Replication { get; set; }

    /// <summary>A regeneration that reports success but leaves the certificate as it was.</summary>
    public bool RegenerationKeepsSerial { get; set; }

    public string NewSerial() => (++serialCounter).ToString("X", System.Globalization.CultureInfo.InvariantCulture) + Ref.Name.Length;

    public FakeNode WithService(string name, ServiceState state = ServiceState.Started, string? reason = null)
    {
        Services[name] = new ServiceStatus(name, state, reason);
        return this;
    }

    public FakeNode WithoutService(string name)
    {
        Services[name] = new ServiceStatus(name, ServiceState.Stopped, "Service Not Activated");
        return this;
    }
}
