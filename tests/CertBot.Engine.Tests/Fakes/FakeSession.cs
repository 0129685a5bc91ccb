using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Engine.Tests.Fakes;

/// <summary>One session on a fake node; changes the node's state as the platform would.</summary>
public sealed class FakeSession(FakePort port, FakeNode node) : INodeSession
{
    public NodeRef Node => node.Ref;

    public Task<IReadOnlyList<CertificateInfo>> ListCertificatesAsync(bool trust, CancellationToken cancellationToken)
    {
        port.Record(node, trust ? "show cert list trust" : "show cert list own");
        return Task.FromResult<IReadOnlyList<CertificateInfo>>((trust ? node.Trust : node.Own).ToList());
    }

    public Task<CertificateInfo> RegenerateAsync(string unit, CancellationToken cancellationToken)
    {
        port.Record(node, $"set cert regen {unit}");
        var index = node.Own.FindIndex(c => c.Unit == unit);
        var renewed = node.RegenerationKeepsSerial ? node.Own[index]
            : node.Own[index] with { Serial = node.NewSerial(), NotAfter = node.Own[index].NotAfter.AddYears(2) };
        node.Own[index] = renewed;
        return Task.FromResult(renewed);
    }

    /// <summary>As the adapter: nothing sent when the entry is not listed; true once it is gone.</summary>
    public Task<bool> DeleteTrustAsync(string store, string file, CancellationToken cancellationToken)
    {
        if (!node.Trust.Any(c => c.Store == store && c.File == file))
        {
            return Task.FromResult(false);
        }

        port.Record(node, $"set cert delete {store} {file}");
        node.Trust.RemoveAll(c => c.Store == store && c.File == file);
        return Task.FromResult(true);
    }

    /// <summary>Lands the serial the fake PEM names (see <see cref="GetCertificatePemAsync"/>) and returns its entry.</summary>
    public Task<CertificateInfo> ImportTrustAsync(string unit, string pem, CancellationToken cancellationToken)
    {
        port.Record(node, $"set cert import trust {unit}");
        if (pem.Contains("BEGIN CERTIFICATE", StringComparison.Ordinal))
        {
            // A real CA certificate (P9's chain): filed with its own fingerprint, as the node lists it.
            using var ca = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(pem);
            var real = Certs.Trust(unit + "-trust", ca.GetNameInfo(System.Security.Cryptography.X509Certificates.X509NameType.SimpleName, false) + ".pem", ca.Subject, ca.SerialNumber, ca.NotAfter)
                with { Sha256Thumbprint = ca.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256) };
            node.Trust.Add(real);
            return Task.FromResult(real);
        }

        var (host, serial) = (pem.Split('|')[0], pem.Split('|')[1]);
        // Real nodes take the unit (ipsec) and file it under the unit's trust store (ipsec-trust).
        var entry = Certs.Trust(unit + "-trust", host + ".pem", "CN=" + host, serial, Certs.Now.AddYears(3));
        node.Trust.Add(entry);
        return Task.FromResult(entry);
    }

    /// <summary>A fake CSR: "csr|host|unit|single-node or multi-server".</summary>
    public Task<string> GenerateCsrAsync(string unit, bool multiServer, CancellationToken cancellationToken)
    {
        port.Record(node, $"set csr gen {unit}");
        return Task.FromResult($"csr|{node.Ref.Name}|{unit}|{(multiServer ? "multi-server" : "single-node")}");
    }

    /// <summary>A fake signed certificate: "issuer|serial"; the identity gets that serial and issuer.</summary>
    public Task<CertificateInfo> ImportOwnAsync(string unit, string pem, CancellationToken cancellationToken)
    {
        port.Record(node, $"set cert import own {unit}");
        var index = node.Own.FindIndex(c => c.Unit == unit);
        var installed = node.Own[index] with { Issuer = "CN=" + pem.Split('|')[0], Serial = pem.Split('|')[1], SelfSigned = false, NotAfter = Certs.Now.AddYears(2) };
        node.Own[index] = installed;
        return Task.FromResult(installed);
    }

    /// <summary>A fake PEM: "host|serial", enough for the import to land the right serial.</summary>
    public Task<string> GetCertificatePemAsync(string store, string unit, string file, CancellationToken cancellationToken)
    {
        port.Record(node, $"show cert own {unit}/{file} pem");
        var cert = node.Own.Single(c => c.Unit == unit && c.File == file);
        return Task.FromResult($"{node.Ref.Name}|{cert.Serial}");
    }

    public Task<IReadOnlyList<ServiceStatus>> ListServicesAsync(CancellationToken cancellationToken)
    {
        port.Record(node, "utils service list");
        return Task.FromResult<IReadOnlyList<ServiceStatus>>(node.Services.Values.ToList());
    }

    /// <summary>As the adapter: the action, then the service list decides (a test can make it settle wrong).</summary>
    public Task<ServiceStatus> ControlServiceAsync(string service, ServiceAction action, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var command = $"utils service {action.ToString().ToLowerInvariant()} {service}";
        port.Record(node, command);
        var wanted = action == ServiceAction.Stop ? ServiceState.Stopped : ServiceState.Started;
        node.Services[service] = new ServiceStatus(service, wanted, null);
        port.Record(node, "utils service list");
        var listed = node.Services[service];
        return listed.State == wanted
            ? Task.FromResult(listed)
            : throw new NodeException(NodeFailure.VerificationFailed, node.Ref.Name, command, null,
                $"{node.Ref}: '{service}' is {listed.State.ToString().ToUpperInvariant()} after `{command}`, not {wanted.ToString().ToUpperInvariant()}.");
    }

    public Task<IReadOnlyList<ClusterMember>> ShowNetworkClusterAsync(CancellationToken cancellationToken)
    {
        port.Record(node, "show network cluster");
        return Task.FromResult<IReadOnlyList<ClusterMember>>(node.Members.ToList());
    }

    public Task<string> GetActiveVersionAsync(CancellationToken cancellationToken)
    {
        port.Record(node, "show version active");
        return Task.FromResult(node.Version);
    }

    public Task<string?> GetEnterpriseParameterAsync(string name, CancellationToken cancellationToken)
    {
        port.Record(node, $"show parameter {name}");
        return Task.FromResult(node.Parameters.GetValueOrDefault(name));
    }

    public Task<TrustListSummary> ShowTrustListAsync(bool ctl, CancellationToken cancellationToken)
    {
        port.Record(node, ctl ? "show ctl" : "show itl");
        return Task.FromResult(ctl ? node.Ctl : node.Itl);
    }

    public Task<ReplicationState> GetReplicationStateAsync(CancellationToken cancellationToken)
    {
        port.Record(node, "utils dbreplication runtimestate");
        var servers = port.Nodes.Values.Where(n => n.Ref.Cluster == node.Ref.Cluster && n.Ref.Product == node.Ref.Product)
            .Select(n => n.Replication ?? new ReplicationServer(n.Ref.Name, "10.0.0.1", "Y/Y/Y", "0", 2, "Setup Completed")).ToList();
        return Task.FromResult(new ReplicationState(servers.Count, servers));
    }

    public Task ConfigureBulkSftpAsync(BulkSftpSettings settings, CancellationToken cancellationToken)
    {
        port.Record(node, $"set cert bulk sftp {settings}");
        return Task.CompletedTask;
    }

    public Task BulkAsync(BulkOperation operation, CancellationToken cancellationToken)
    {
        port.Record(node, $"set cert bulk {operation.ToString().ToLowerInvariant()} all");
        if (operation == BulkOperation.Export)
        {
            port.SftpFiles.AddRange(port.Nodes.Values.Where(n => n.Ref.Cluster == node.Ref.Cluster && n.Ref.Product == Product.Cucm).Select(n => n.Members.Single(m => m.HostName == n.Ref.Name).Fqdn + ".p12"));
        }

        if (operation == BulkOperation.Import)
        {
            // The import mapping of seed 003, as the platform applies it to what the other cluster's files hold.
            var mapping = new Dictionary<string, string[]>
            {
                ["CAPF"] = ["CallManager-trust"],
                ["tomcat"] = ["tomcat-trust"],
                ["CallManager"] = ["Phone-SAST-trust", "CallManager-trust"],
                ["ITLRecovery"] = ["Phone-SAST-trust", "CallManager-trust"],
            };
            var own = node.Members.Select(m => m.Fqdn).ToHashSet(StringComparer.Ordinal);
            foreach (var exported in port.Exported().Where(e => !own.Contains(e.Node)))
            {
                var cert = exported.Certificate;
                node.Trust.AddRange(mapping[exported.Unit].Select(store => Certs.Trust(store, $"{exported.Node}-{exported.Unit}.pem", cert.Subject, cert.Serial, cert.NotAfter)));
            }
        }

        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
