using CertBot.Engine.Configuration;

namespace CertBot.Engine.Renewal.Authorities;

/// <summary>
/// The CA connectors the engine knows (the manual one always, plus those registered as
/// <see cref="ICertificateAuthority"/>), and which one each cluster uses.
/// </summary>
public sealed class CertificateAuthorities
{
    private readonly Dictionary<string, ICertificateAuthority> byName = new(StringComparer.OrdinalIgnoreCase);

    public CertificateAuthorities(IEnumerable<ICertificateAuthority>? connectors = null)
    {
        byName[ManualCertificateAuthority.ConnectorName] = new ManualCertificateAuthority();
        foreach (var connector in connectors ?? [])
        {
            byName[connector.Name] = connector;
        }
    }

    /// <summary>The connector <paramref name="cluster"/> names (<see cref="ClusterOptions.CertificateAuthority"/>).</summary>
    /// <exception cref="InvalidOperationException">The name is not registered (the start-up check names it first).</exception>
    public ICertificateAuthority For(ClusterOptions cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return byName.TryGetValue(Configured(cluster), out var connector)
            ? connector
            : throw new InvalidOperationException(Unknown(cluster));
    }

    /// <summary>Whether <paramref name="connector"/> is the manual one (nothing to ask).</summary>
    public static bool IsManual(ICertificateAuthority connector) => connector is ManualCertificateAuthority;

    /// <summary>The clusters naming a connector nobody registered, in the operator's words.</summary>
    public IReadOnlyList<string> Problems(EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [.. options.Clusters.Where(c => !byName.ContainsKey(Configured(c))).Select(Unknown)];
    }

    private static string Configured(ClusterOptions cluster) =>
        string.IsNullOrWhiteSpace(cluster.CertificateAuthority) ? ManualCertificateAuthority.ConnectorName : cluster.CertificateAuthority;

    private string Unknown(ClusterOptions cluster) =>
        $"cluster '{cluster.Name}' names the CA connector '{cluster.CertificateAuthority}', which is not installed (known: {string.Join(", ", byName.Keys.Order(StringComparer.Ordinal))})";
}
