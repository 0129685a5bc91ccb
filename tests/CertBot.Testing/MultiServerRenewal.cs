namespace CertBot.Testing;

/// <summary>
/// What a multi-server renewal (P9) on the lab must do and leave behind, checked alike by every front's test (the
/// command line, Teams, Slack): the CSR on the publisher, the CA chain into every node's trust store (publisher
/// first) before the identity certificate is imported and both before the restarts; afterwards one new certificate
/// from the CA on every node, and the CA chain in every node's trust store.
/// </summary>
public static class MultiServerRenewal
{
    /// <summary>The nodes of lab-east a multi-server tomcat CSR covers, in the order the runner works on them.</summary>
    public static IReadOnlyList<string> EastTomcatNodes { get; } = ["cucm-pub", "cucm-sub1", "imp-pub", "imp-sub1", "imp-sub2"];

    /// <summary>The common names of the lab CA's two-level chain (<c>scripts/lab sign --intermediate</c>): issuing CA, root.</summary>
    public static IReadOnlyList<string> LabChain { get; } = ["Lab Issuing CA 1", "Lab Root CA"];

    /// <summary>
    /// The changes logged since the run was requested: <c>set csr gen</c> on the first node, then <c>set cert import
    /// trust</c> on every node in order (publisher first), then the first <c>set cert import own</c> on the first node,
    /// and after it the restarts of <paramref name="restartService"/> on every node in order.
    /// </summary>
    public static void AssertOrder(IReadOnlyList<LoggedCommand> commands, IReadOnlyList<string> nodes, string unit, string restartService)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var changes = ChangeOrder.Of(commands).Select(c => $"{c.Node}: {c.Command}").ToList();
        var log = string.Join("\n", changes);
        Assert.True(changes.Count > 0 && changes[0] == $"{nodes[0]}: set csr gen {unit}", log);
        var firstOwn = changes.IndexOf($"{nodes[0]}: set cert import own {unit}");
        Assert.True(firstOwn > 1, log);
        Assert.All(changes[1..firstOwn], c => Assert.EndsWith($"set cert import trust {unit}", c, StringComparison.Ordinal));
        Assert.Equal(nodes, changes[1..firstOwn].Select(c => c.Split(':')[0]).Distinct());
        var restarts = changes.Where(c => c.EndsWith($"utils service restart {restartService}", StringComparison.Ordinal)).ToList();
        Assert.Equal(nodes.Select(n => $"{n}: utils service restart {restartService}"), restarts);
        Assert.True(changes.IndexOf(restarts[0]) > firstOwn, log);
    }

    /// <summary>
    /// Every node of <paramref name="after"/> presents the same certificate, new on every node, issued by the lab's
    /// issuing CA, and holds the lab's issuing CA and root in its trust store.
    /// </summary>
    public static void AssertInstalled(IReadOnlyDictionary<string, NodeCertificate> before, IReadOnlyDictionary<string, NodeCertificate> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var serial = Assert.Single(after.Values.Select(c => c.Serial).Distinct());
        foreach (var (node, now) in after)
        {
            Assert.NotEqual(before[node].Serial, serial);
            Assert.Contains(LabChain[0], now.Issuer, StringComparison.Ordinal);
            Assert.All(LabChain, ca => Assert.Contains(now.TrustSubjects, s => s.Contains(ca, StringComparison.Ordinal)));
        }
    }
}
