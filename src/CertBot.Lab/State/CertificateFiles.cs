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

    /// <summary>
    /// Keeps a CSR with the private key it was made for (the pending key, which replaces the identity's key only
    /// when the signed certificate is imported) and the names of the nodes a multi-server CSR covers.
    /// </summary>
    public void WriteCsr(string unit, string csrPem, string keyPem, IReadOnlyList<string> multiServerNodes)
    {
        Directory.CreateDirectory(csrDir);
        AtomicFile.WriteAllText(CsrPath(unit, ".key"), keyPem, ownerOnly: true);
        AtomicFile.WriteAllText(CsrPath(unit, ".nodes"), string.Join('\n', multiServerNodes));
        AtomicFile.WriteAllText(CsrPath(unit, ".csr"), csrPem);
    }

    /// <summary>The pending private key of the unit's CSR, or null when there is no CSR.</summary>
    public string? ReadCsrKey(string unit) => File.Exists(CsrPath(unit, ".key")) ? File.ReadAllText(CsrPath(unit, ".key")) : null;

    /// <summary>The nodes a multi-server CSR covers (empty for a single-node CSR).</summary>
    public IReadOnlyList<string> CsrNodes(string unit) => File.Exists(CsrPath(unit, ".nodes"))
        ? File.ReadAllText(CsrPath(unit, ".nodes")).Split('\n', StringSplitOptions.RemoveEmptyEntries)
        : [];

    /// <summary>Forgets the unit's CSR and its pending key (after the signed certificate was imported).</summary>
    public void DeleteCsr(string unit)
    {
        foreach (var extension in new[] { ".csr", ".key", ".nodes" })
        {
            File.Delete(CsrPath(unit, extension));
        }
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

    private string CsrPath(string unit, string extension) =>
        IsPlainName(unit) ? Path.Combine(csrDir, unit + extension) : throw new ArgumentException($"bad unit name '{unit}'", nameof(unit));

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
