using System.Globalization;
using CertBot.Engine.Inventory;
using CertBot.Engine.Inventory.Cache;
using CertBot.Engine.Model;

namespace CertBot.Testing.Labs;

/// <summary>
/// A cluster at the size of a real one, 20 nodes × 60 certificates, as the facts cache holds it: the test lab
/// definition behind the inventory cards' size checks. Built in code from the engine's model rather than started as
/// 20 sshds: the size and order of the answers depend on the facts, not on how they were read (the real lab's
/// inventory tests cover the reading). Every figure is known, so tests assert counts and order exactly.
/// </summary>
/// <remarks>
/// Nodes, in work order: <c>cucm-pub</c>, <c>cucm-sub1</c>…<c>cucm-sub13</c> (Unified CM, 8 identity certificates
/// each), <c>imp-pub</c>, <c>imp-sub1</c>…<c>imp-sub5</c> (IM and Presence, 9 identity certificates each), every node
/// filled with trust certificates to 60. By node index <c>i</c> (0–19): <c>tomcat</c> expired <c>3 + i</c> days ago when
/// <c>i % 5 == 1</c>; <c>ipsec</c> expires in <c>i</c> days (+ 12 h) when <c>i % 4 == 2</c>; two trust certificates expired
/// <c>100 + i</c> and <c>200 + i</c> days ago and one expiring in <c>20 + i % 10</c> days (+ 12 h) on every node; one
/// activated service stopped when <c>i % 7 == 3</c>. Everything else is valid for more than a year.
/// </remarks>
public static class LargeCluster
{
    public const string Name = "big-cluster";
    public const int NodeCount = 20;
    public const int CertificatesPerNode = 60;

    /// <summary>Node indexes whose <c>tomcat</c> identity certificate has expired.</summary>
    public static IReadOnlyList<int> ExpiredTomcat => [.. Enumerable.Range(0, NodeCount).Where(i => i % 5 == 1)];

    /// <summary>Node indexes whose <c>ipsec</c> identity certificate expires within 30 days.</summary>
    public static IReadOnlyList<int> ExpiringIpsec => [.. Enumerable.Range(0, NodeCount).Where(i => i % 4 == 2)];

    /// <summary>Node indexes with one activated service stopped.</summary>
    public static IReadOnlyList<int> ServiceDown => [.. Enumerable.Range(0, NodeCount).Where(i => i % 7 == 3)];

    private static readonly string[] CucmUnits = ["tomcat", "tomcat-ECDSA", "ipsec", "CallManager", "CallManager-ECDSA", "CAPF", "TVS", "ITLRecovery"];
    private static readonly string[] ImpUnits = ["tomcat", "tomcat-ECDSA", "ipsec", "cup", "cup-ECDSA", "cup-xmpp", "cup-xmpp-ECDSA", "cup-xmpp-s2s", "cup-xmpp-s2s-ECDSA"];
    private static readonly string[] TrustStores = ["tomcat-trust", "CallManager-trust", "ipsec-trust", "CAPF-trust", "Phone-SAST-trust", "cup-xmpp-trust"];

    /// <summary>The node names in work order.</summary>
    public static IReadOnlyList<string> NodeNames => [.. Enumerable.Range(0, NodeCount).Select(NodeName)];

    /// <summary>The cluster's facts as read at <paramref name="readAt"/>.</summary>
    public static ClusterFacts Facts(DateTimeOffset readAt) =>
        new(Name, readAt, [.. Enumerable.Range(0, NodeCount).Select(i => Node(i, readAt))]);

    public static string NodeName(int index) => index switch
    {
        0 => "cucm-pub",
        < 14 => $"cucm-sub{index}",
        14 => "imp-pub",
        _ => $"imp-sub{index - 14}",
    };

    private static NodeInventory Node(int i, DateTimeOffset now)
    {
        var cucm = i < 14;
        var node = new NodeRef(Name, NodeName(i), cucm ? Product.Cucm : Product.Imp, i is 0 or 14 ? NodeRole.Publisher : NodeRole.Subscriber);
        var fqdn = $"{node.Name}.big.lab.example";
        var certificates = new List<CertificateInfo>();
        foreach (var unit in cucm ? CucmUnits : ImpUnits)
        {
            var notAfter = unit == "tomcat" && i % 5 == 1 ? now.AddDays(-(3 + i))
                : unit == "ipsec" && i % 4 == 2 ? now.AddDays(i).AddHours(12)
                : now.AddDays(700 + i);
            certificates.Add(Certificate(CertificateInfo.OwnStore, unit, $"{unit}.pem", fqdn, notAfter, certificates.Count));
        }

        certificates.Add(Trust(TrustStores[0], $"Retired_Issuing_CA_{i}.pem", now.AddDays(-(100 + i)), certificates.Count));
        certificates.Add(Trust(TrustStores[1], $"old-{NodeName((i + 1) % NodeCount)}.big.lab.example.pem", now.AddDays(-(200 + i)), certificates.Count));
        certificates.Add(Trust(TrustStores[2], $"Partner_Root_CA_{i}.pem", now.AddDays(20 + (i % 10)).AddHours(12), certificates.Count));
        for (var n = 0; certificates.Count < CertificatesPerNode; n++)
        {
            var store = TrustStores[n % TrustStores.Length];
            certificates.Add(Trust(store, $"{NodeName(n % NodeCount)}.big.lab.example-{store}-{n}.pem", now.AddDays(1000 + n), certificates.Count));
        }

        IReadOnlyList<ServiceStatus> services =
        [
            new("Cisco Tomcat", ServiceState.Started, null),
            new(cucm ? "Cisco CallManager" : "Cisco XCP Router", i % 7 == 3 ? ServiceState.Stopped : ServiceState.Started, null),
            new("Cisco DirSync", ServiceState.Stopped, "Service Not Activated"),
        ];
        return new NodeInventory(node, "14.0.1.13900-155", true, null, null, certificates, services, [], TimeSpan.FromSeconds(2));
    }

    private static CertificateInfo Trust(string store, string file, DateTimeOffset notAfter, int serial) =>
        Certificate(store, store, file, Path.GetFileNameWithoutExtension(file), notAfter, serial);

    private static CertificateInfo Certificate(string store, string unit, string file, string subject, DateTimeOffset notAfter, int serial) =>
        new(store, unit, file, $"CN={subject}", $"CN={subject}", serial.ToString("X8", CultureInfo.InvariantCulture), notAfter.AddYears(-5), notAfter, [subject],
            SelfSigned: true, "RSA", 2048, "SHA256withRSA", new string('A', 64));
}
