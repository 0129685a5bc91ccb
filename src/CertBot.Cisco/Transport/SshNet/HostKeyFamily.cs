namespace CertBot.Cisco.Transport.SshNet;

/// <summary>
/// The host key algorithms that verify one kind of key. The configuration pins a fingerprint, not a type: a
/// connection first offers every family (the server picks its preferred key), and once the pinned key's family
/// is known the connections to that server offer only that family, so the server cannot present another key.
/// </summary>
public sealed class HostKeyFamily
{
    private readonly string[] _algorithms;
    private readonly string _keyType;
    private readonly bool _legacyOnly;

    private HostKeyFamily(string name, string keyType, string[] algorithms, bool legacyOnly = false)
    {
        Name = name;
        _keyType = keyType;
        _algorithms = algorithms;
        _legacyOnly = legacyOnly;
    }

    public static HostKeyFamily Ed25519 { get; } = new("ed25519", "ssh-ed25519", ["ssh-ed25519"]);

    public static HostKeyFamily Ecdsa { get; } = new("ecdsa", "ecdsa-sha2-", ["ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521"]);

    /// <summary>RSA keys with SHA-2 signatures.</summary>
    public static HostKeyFamily Rsa { get; } = new("rsa", "ssh-rsa", ["rsa-sha2-512", "rsa-sha2-256"]);

    /// <summary>RSA keys with SHA-1 signatures (<c>ssh-rsa</c>): old releases only offer this.</summary>
    public static HostKeyFamily LegacyRsa { get; } = new("ssh-rsa", "ssh-rsa", ["ssh-rsa"], legacyOnly: true);

    /// <summary>Every family, in the order OpenSSH prefers them (and <c>certbot trust-host</c> suggests them).</summary>
    public static IReadOnlyList<HostKeyFamily> All { get; } = [Ed25519, Ecdsa, Rsa, LegacyRsa];

    /// <summary>Any family: the first connection to a server.</summary>
    public static HostKeyFamily Any { get; } = new("any", "", [.. All.SelectMany(f => f._algorithms)]);

    public string Name { get; }

    public bool IsAllowed(bool allowLegacy) => allowLegacy || !_legacyOnly;

    /// <summary>Whether this family verifies keys of <paramref name="keyType"/> (as <c>ssh-keygen</c> names the type).</summary>
    public bool Verifies(string keyType) => _keyType.Length > 0 && keyType.StartsWith(_keyType, StringComparison.Ordinal);

    /// <summary>The algorithm names to offer.</summary>
    public IReadOnlyCollection<string> Algorithms(bool allowLegacy) =>
        allowLegacy ? _algorithms : [.. _algorithms.Where(a => a != LegacyRsa._algorithms[0])];

    /// <summary>The family a negotiated host key algorithm belongs to.</summary>
    public static HostKeyFamily Of(string algorithm) =>
        All.FirstOrDefault(f => f._algorithms.Contains(algorithm, StringComparer.Ordinal))
        ?? throw new ArgumentException($"unknown host key algorithm {algorithm}", nameof(algorithm));

    public override string ToString() => Name;
}
