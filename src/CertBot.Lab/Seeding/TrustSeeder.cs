using System.Security.Cryptography.X509Certificates;
using CertBot.Lab.Definition;
using CertBot.Lab.Pki;
using CertBot.Lab.State;

namespace CertBot.Lab.Seeding;

/// <summary>
/// Fills trust stores as a healthy cluster has them (every node's tomcat in tomcat-trust, CallManager and
/// CAPF in CallManager-trust, the publisher's ipsec in subscribers' ipsec-trust, ...), plus the lab CA,
/// a manufacturing CA, the stale ipsec copy and the expired certificates lab.json asks for.
/// </summary>
internal sealed class TrustSeeder(SeedContext context, ClusterDefinition cluster, IReadOnlyDictionary<string, Dictionary<string, IssuedCertificate>> identities, IssuedCertificate manufacturingCa)
{
    public void Seed(NodeDefinition node, CertificateFiles files)
    {
        foreach (var store in UnitCatalog.TrustStoresOf(node.Product))
        {
            files.CreateTrustStore(store);
        }

        var cucm = cluster.Nodes.Where(n => n.Product == "cucm").ToList();
        var imp = cluster.Nodes.Where(n => n.Product == "imp").ToList();
        foreach (var peer in cluster.Nodes)
        {
            Add(files, "tomcat-trust", identities[peer.Name]["tomcat"].CertificatePem);
        }

        Add(files, "tomcat-trust", context.Authority.Certificate.ExportCertificatePem() + "\n", withSerial: true);
        if (node.Product == "cucm")
        {
            var publisher = cucm.First(n => n.IsPublisher);
            cucm.ForEach(peer => Add(files, "CallManager-trust", identities[peer.Name]["CallManager"].CertificatePem));
            Add(files, "CallManager-trust", identities[publisher.Name]["CAPF"].CertificatePem);
            Add(files, "CAPF-trust", identities[publisher.Name]["CAPF"].CertificatePem);
            Add(files, "CAPF-trust", manufacturingCa.CertificatePem, withSerial: true);
            cucm.ForEach(peer => Add(files, "TVS-trust", identities[peer.Name]["TVS"].CertificatePem));
            SeedIpsec(node, files, publisher, cucm);
        }
        else
        {
            imp.ForEach(peer => Add(files, "cup-trust", identities[peer.Name]["cup"].CertificatePem));
            imp.ForEach(peer => Add(files, "cup-xmpp-trust", identities[peer.Name]["cup-xmpp"].CertificatePem));
            Add(files, "cup-xmpp-trust", context.Authority.Certificate.ExportCertificatePem() + "\n", withSerial: true);
            // Every IM/P node is a subscriber of the cluster for DRF: it trusts the CUCM publisher's ipsec.pem
            // (seed 000, note under "IPSEC certificate"), and the IM/P publisher also trusts its own subscribers.
            var impPublisher = imp.FirstOrDefault(n => n.IsPublisher) ?? imp[0];
            SeedIpsec(node, files, cucm.First(n => n.IsPublisher), cucm);
            if (node == impPublisher)
            {
                imp.Where(n => n != node).ToList()
                    .ForEach(peer => Add(files, "ipsec-trust", identities[peer.Name]["ipsec"].CertificatePem));
            }
        }

        foreach (var expired in cluster.ExpiredTrust.Where(e => e.Node == node.Name))
        {
            Add(files, expired.Store, CreateExpired(expired.CommonName), withSerial: true);
        }
    }

    private void SeedIpsec(NodeDefinition node, CertificateFiles files, NodeDefinition publisher, List<NodeDefinition> productNodes)
    {
        if (node == publisher)
        {
            productNodes.Where(n => n != node).ToList()
                .ForEach(peer => Add(files, "ipsec-trust", identities[peer.Name]["ipsec"].CertificatePem));
            return;
        }

        var pem = node.StaleIpsecTrust ? CreateStaleIpsec(cluster.FqdnOf(publisher)) : identities[publisher.Name]["ipsec"].CertificatePem;
        Add(files, "ipsec-trust", pem);
    }

    private string CreateStaleIpsec(string publisherFqdn)
    {
        // The publisher's ipsec as it was before an earlier regeneration: same subject, other key and serial.
        var key = context.AuxiliaryKey;
        var request = new IdentityRequest(publisherFqdn, [publisherFqdn, publisherFqdn.Split('.')[0]], Ipsec: true);
        var notBefore = context.Now.AddYears(-2);
        return CertificateFactory.CreateIdentity(request, key, null, notBefore, notBefore.AddYears(5)).ExportCertificatePem() + "\n";
    }

    private string CreateExpired(string commonName)
    {
        var key = context.AuxiliaryKey;
        var notAfter = context.Now.AddDays(-45);
        return CertificateFactory.CreateAuthority(commonName, key, notAfter.AddYears(-5), notAfter).ExportCertificatePem() + "\n";
    }

    private static void Add(CertificateFiles files, string store, string pem, bool withSerial = false)
    {
        var certificate = X509Certificate2.CreateFromPem(pem);
        var file = TrustFileNames.For(certificate, withSerial);
        if (files.HasTrust(store, file))
        {
            file = TrustFileNames.For(certificate, withSerial: true);
        }

        files.WriteTrust(store, file, pem);
    }
}
