using System.Security.Cryptography;
using System.Text;

namespace CertBot.Lab.Pki;

/// <summary>
/// RSA 2048 keys generated once, in parallel, and kept in a private cache file, so that seeding a lab a
/// second time signs fresh certificates (new serials, new validity) without waiting for key generation.
/// </summary>
public sealed class KeyPool
{
    private readonly string file;

    public KeyPool(string cacheDirectory)
    {
        file = Path.Combine(cacheDirectory, "rsa2048-pool.pem");
    }

    /// <summary>The default cache: <c>$CERTBOT_LAB_CACHE</c> or <c>~/.cache/certbot-lab</c>.</summary>
    public static string DefaultCacheDirectory()
    {
        if (Environment.GetEnvironmentVariable("CERTBOT_LAB_CACHE") is { Length: > 0 } configured)
        {
            return configured;
        }

        // Without a home directory (a bare service account) the cache lives in the temporary directory.
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(home.Length > 0 ? Path.Combine(home, ".cache") : Path.GetTempPath(), "certbot-lab");
    }

    /// <summary>Returns <paramref name="count"/> distinct keys, generating (in parallel) and caching what is missing.</summary>
    public IReadOnlyList<RSA> Take(int count)
    {
        var pems = File.Exists(file) ? Split(File.ReadAllText(file)) : [];
        if (pems.Count < count)
        {
            var fresh = new string[count - pems.Count];
            Parallel.For(0, fresh.Length, i =>
            {
                using var rsa = RSA.Create(2048);
                fresh[i] = rsa.ExportPkcs8PrivateKeyPem();
            });
            pems.AddRange(fresh);
            Save(pems);
        }

        return pems.Take(count).Select(pem =>
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            return rsa;
        }).ToList();
    }

    private void Save(List<string> pems)
    {
        var directory = Path.GetDirectoryName(file)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        State.AtomicFile.WriteAllText(file, string.Join("\n", pems) + "\n", ownerOnly: true);
    }

    private static List<string> Split(string text)
    {
        const string End = "-----END PRIVATE KEY-----";
        var result = new List<string>();
        var builder = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0)
            {
                continue;
            }

            builder.Append(line).Append('\n');
            if (line.StartsWith(End, StringComparison.Ordinal))
            {
                result.Add(builder.ToString());
                builder.Clear();
            }
        }

        return result;
    }
}
