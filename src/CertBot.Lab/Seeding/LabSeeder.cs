using System.Diagnostics;
using CertBot.Lab.Definition;
using CertBot.Lab.Pki;
using CertBot.Lab.State;

namespace CertBot.Lab.Seeding;

/// <summary>
/// Creates the lab's runtime state: the lab CA in <c>&lt;dir&gt;/ca</c>, every node's <c>state/</c> directory
/// (node.json, identity and trust certificates) and the SFTP drop directory. RSA keys come from a cached
/// pool (<see cref="KeyPool"/>), so only the first run on a machine pays for key generation.
/// </summary>
public static class LabSeeder
{
    /// <summary>The state directory of a node: <c>&lt;dir&gt;/nodes/&lt;cluster&gt;/&lt;node&gt;/state</c>.</summary>
    public static string StateDirOf(string runtimeDir, ClusterDefinition cluster, NodeDefinition node) =>
        Path.Combine(Path.GetFullPath(runtimeDir), "nodes", cluster.Name, node.Name, "state");

    /// <summary>Seeds the whole lab with the system clock and the default key cache.</summary>
    public static Task SeedAsync(LabDefinition definition, LabAddressPlan addresses, string runtimeDir, LabProfile profile, CancellationToken ct) =>
        SeedAsync(definition, addresses, runtimeDir, profile, TimeProvider.System, KeyPool.DefaultCacheDirectory(), ct);

    /// <summary>Seeds the whole lab; returns how long it took.</summary>
    public static Task<TimeSpan> SeedAsync(
        LabDefinition definition, LabAddressPlan addresses, string runtimeDir, LabProfile profile, TimeProvider time, string keyCacheDir, CancellationToken ct) =>
        Task.Run(() => Seed(definition, addresses, runtimeDir, profile, time, keyCacheDir, ct), ct);

    private static TimeSpan Seed(
        LabDefinition definition, LabAddressPlan addresses, string runtimeDir, LabProfile profile, TimeProvider time, string keyCacheDir, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var now = time.GetUtcNow();
        var keys = new KeyPool(keyCacheDir).Take(KeysNeeded(definition));
        var caKey = keys[0];
        var authorityCertificate = CertificateFactory.CreateAuthority(definition.CertificateAuthority.CommonName, caKey, now.AddYears(-1), now.AddYears(10));
        var context = new SeedContext(now, new SigningAuthority(authorityCertificate, caKey), keys[1], keys.Skip(2));
        WriteAuthority(runtimeDir, context.Authority);
        Directory.CreateDirectory(Path.Combine(runtimeDir, "sftp", "drop"));
        var manufacturingKey = context.AuxiliaryKey;
        var manufacturing = IssuedCertificate.From(
            CertificateFactory.CreateAuthority("Lab Manufacturing CA SHA2", manufacturingKey, now.AddYears(-8), now.AddYears(20)), manufacturingKey);

        foreach (var cluster in definition.Clusters)
        {
            ct.ThrowIfCancellationRequested();
            var stores = cluster.Nodes.ToDictionary(n => n.Name, n => PrepareStore(StateDirOf(runtimeDir, cluster, n)));
            var identities = new Dictionary<string, Dictionary<string, IssuedCertificate>>();
            var indexed = cluster.Nodes.Select((node, index) => (node, index)).ToList();
            var results = new Dictionary<string, IssuedCertificate>[indexed.Count];
            Parallel.ForEach(indexed, item =>
                results[item.index] = IdentitySeeder.Seed(context, cluster, item.node, stores[item.node.Name].Files, item.index + Offset(definition, cluster)));
            indexed.ForEach(item => identities[item.node.Name] = results[item.index]);

            var trust = new TrustSeeder(context, cluster, identities, manufacturing);
            foreach (var node in cluster.Nodes)
            {
                trust.Seed(node, stores[node.Name].Files);
                stores[node.Name].SaveUnlocked(NodeStateFactory.Create(cluster, node, addresses, profile, runtimeDir, now));
            }
        }

        return Stopwatch.GetElapsedTime(started);
    }

    private static NodeStore PrepareStore(string stateDir)
    {
        if (Directory.Exists(stateDir))
        {
            Directory.Delete(stateDir, recursive: true);
        }

        Directory.CreateDirectory(stateDir);
        return new NodeStore(stateDir);
    }

    private static void WriteAuthority(string runtimeDir, SigningAuthority authority)
    {
        var dir = Path.Combine(runtimeDir, "ca");
        Directory.CreateDirectory(dir);
        AtomicFile.WriteAllText(Path.Combine(dir, "ca.pem"), authority.Certificate.ExportCertificatePem() + "\n");
        AtomicFile.WriteAllText(Path.Combine(dir, "ca.key"), authority.Key.ExportPkcs8PrivateKeyPem() + "\n", ownerOnly: true);
    }

    // The CA, the auxiliary key, and one per RSA identity unit (ECDSA keys are made on the spot: they are cheap).
    private static int KeysNeeded(LabDefinition definition) =>
        2 + definition.Clusters.Sum(c => c.Nodes.Sum(n => UnitCatalog.UnitsOf(n.Product).Count(u => !UnitCatalog.IsEcdsa(u))));

    private static int Offset(LabDefinition definition, ClusterDefinition cluster) =>
        definition.Clusters.TakeWhile(c => c != cluster).Sum(c => c.Nodes.Count);
}
