namespace CertBot.EndToEnd.Tests.Infrastructure;

/// <summary>A directory of one test, removed afterwards unless CERTBOT_E2E_KEEP=1.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory(string name)
    {
        Path = Directory.CreateTempSubdirectory($"certbot-e2e-{name}-").FullName;
    }

    public string Path { get; }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("CERTBOT_E2E_KEEP") != "1" && Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
