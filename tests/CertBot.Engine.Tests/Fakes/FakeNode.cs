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

    public Dictionary<string, string> Parameters { get; } = new(StringComparer.Ordinal) { ["RollBackToPreGrayback"] = "F" };

    public List<ClusterMember> Members { get; } = [];

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
