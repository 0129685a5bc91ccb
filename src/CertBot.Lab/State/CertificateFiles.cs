namespace CertBot.Lab.State;

/// <summary>
/// Certificate files of a node: <c>certs/own/&lt;unit&gt;.pem|.key</c>, <c>certs/trust/&lt;store&gt;/&lt;file&gt;.pem</c>,
/// <c>csr/&lt;unit&gt;.csr</c>. Callers hold the node lock.
/// </summary>
public sealed class CertificateFiles
{
    private readonly string ownDir;
    private readonly string trustDir;
    private readonly string csrDir;

    public CertificateFiles(string stateDir)
    {
        ownDir = Path.Combine(stateDir, "certs", "own");
        trustDir = Path.Combine(stateDir, "certs", "trust");
        csrDir = Path.Combine(stateDir, "csr");
    }

    /// <summary>Identity units present, in ordinal order.</summary>
    public IReadOnlyList<string> OwnUnits() => Directory.Exists(ownDir)
        ? Directory.GetFiles(ownDir, "*.pem").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList()
        : [];

    public bool HasOwn(string unit) => IsPlainName(unit) && File.Exists(OwnPath(unit, ".pem"));

    public string ReadOwnCertificate(string unit) => File.ReadAllText(OwnPath(unit, ".pem"));

    public string ReadOwnKey(string unit) => File.ReadAllText(OwnPath(unit, ".key"));

    /// <summary>Replaces an identity certificate and its key.</summary>
    public void WriteOwn(string unit, string certificatePem, string keyPem)
    {
        Directory.CreateDirectory(ownDir);
        AtomicFile.WriteAllText(OwnPath(unit, ".key"), keyPem, ownerOnly: true);
        AtomicFile.WriteAllText(OwnPath(unit, ".pem"), certificatePem);
    }

    /// <summary>Trust stores that exist (even empty), in ordinal order.</summary>
    public IReadOnlyList<string> TrustStores() => Directory.Exists(trustDir)
        ? Directory.GetDirectories(trustDir).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
        : [];

    public bool HasTrustStore(string store) => Directory.Exists(Path.Combine(trustDir, store));

    /// <summary>File names (with <c>.pem</c>) of one trust store.</summary>
    public IReadOnlyList<string> TrustFiles(string store)
    {
        var dir = Path.Combine(trustDir, store);
        return Directory.Exists(dir)
            ? Directory.GetFiles(dir, "*.pem").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
    }

    public bool HasTrust(string store, string file) => IsPlainName(file) && File.Exists(TrustPath(store, file));

    public string ReadTrust(string store, string file) => File.ReadAllText(TrustPath(store, file));

    public void WriteTrust(string store, string file, string certificatePem)
    {
        Directory.CreateDirectory(Path.Combine(trustDir, store));
        AtomicFile.WriteAllText(TrustPath(store, file), certificatePem);
    }

    public void CreateTrustStore(string store) => Directory.CreateDirectory(Path.Combine(trustDir, store));

    public void DeleteTrust(string store, string file) => File.Delete(TrustPath(store, file));

    public void WriteCsr(string unit, string csrPem)
    {
        Directory.CreateDirectory(csrDir);
        AtomicFile.WriteAllText(Path.Combine(csrDir, unit + ".csr"), csrPem);
    }

    public string? ReadCsr(string unit)
    {
        var path = Path.Combine(csrDir, unit + ".csr");
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    /// <summary>Units with a CSR, in ordinal order.</summary>
    public IReadOnlyList<string> CsrUnits() => Directory.Exists(csrDir)
        ? Directory.GetFiles(csrDir, "*.csr").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList()
        : [];

    private string OwnPath(string unit, string extension) =>
        IsPlainName(unit) ? Path.Combine(ownDir, unit + extension) : throw new ArgumentException($"bad unit name '{unit}'", nameof(unit));

    private string TrustPath(string store, string file) =>
        IsPlainName(store) && IsPlainName(file)
            ? Path.Combine(trustDir, store, file)
            : throw new ArgumentException($"bad trust path '{store}/{file}'", nameof(file));

    // A name typed at the CLI must never climb out of the state directory.
    private static bool IsPlainName(string name) =>
        name.Length > 0 && name != "." && name != ".." && name.IndexOfAny(['/', '\\', '\0']) < 0;
}
