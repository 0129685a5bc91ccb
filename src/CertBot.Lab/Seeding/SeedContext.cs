using System.Collections.Concurrent;
using System.Security.Cryptography;
using CertBot.Lab.Pki;

namespace CertBot.Lab.Seeding;

/// <summary>What seeding one lab shares between nodes: the clock, the lab CA and the supply of RSA keys.</summary>
internal sealed class SeedContext(DateTimeOffset now, SigningAuthority authority, RSA auxiliaryKey, IEnumerable<RSA> keys)
{
    private readonly ConcurrentQueue<RSA> keys = new(keys);

    public DateTimeOffset Now { get; } = now;

    public SigningAuthority Authority { get; } = authority;

    /// <summary>
    /// One key shared by the planted certificates that are not node identities (expired CAs, the stale ipsec
    /// copy, the manufacturing CA): nothing compares their keys, and every key saved is a key not generated.
    /// Owned by the context; callers must not dispose it.
    /// </summary>
    public RSA AuxiliaryKey { get; } = auxiliaryKey;

    /// <summary>The next unused RSA key of the pool.</summary>
    /// <exception cref="InvalidOperationException">The pool was sized too small (a seeding bug).</exception>
    public RSA NextRsaKey() => keys.TryDequeue(out var key) ? key : throw new InvalidOperationException("seed key pool exhausted");

    /// <summary>A key for a unit: pooled RSA, or a fresh P-256 key (cheap) for ECDSA units.</summary>
    public AsymmetricAlgorithm KeyFor(string unit) => UnitCatalog.IsEcdsa(unit) ? CertificateFactory.NewKey(ecdsa: true) : NextRsaKey();
}
