using Microsoft.Extensions.Configuration.Json;

namespace CertBot.Host.Composition;

/// <summary>
/// Secrets come from the environment. A file may only hold a lab's node passwords, and then only when nobody
/// but its owner can read it (the lab writes its certbot.json 0600); the Teams client secret never.
/// </summary>
public static class SecretsInFiles
{
    public const string TeamsClientSecretKey = "Teams:ClientSecret";

    public static IEnumerable<string> Check(IConfigurationRoot configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var provider in configuration.Providers.OfType<JsonConfigurationProvider>())
        {
            var file = provider.Source.FileProvider?.GetFileInfo(provider.Source.Path ?? "").PhysicalPath ?? provider.Source.Path ?? "a JSON file";
            if (provider.TryGet(TeamsClientSecretKey, out var secret) && !string.IsNullOrEmpty(secret))
            {
                yield return $"{file} holds {TeamsClientSecretKey}: remove it and set the environment variable Teams__ClientSecret instead";
            }

            if (HoldsPassword(provider, configuration) && File.Exists(file) && !OperatingSystem.IsWindows()
                && (File.GetUnixFileMode(file) & (UnixFileMode.GroupRead | UnixFileMode.OtherRead)) != 0)
            {
                yield return $"{file} holds passwords and is readable by others: chmod 600 it, or use PasswordEnvironmentVariable";
            }
        }
    }

    private static bool HoldsPassword(JsonConfigurationProvider provider, IConfigurationRoot configuration) =>
        configuration.GetSection("CertBot:Clusters").GetChildren()
            .SelectMany(c => c.GetSection("Nodes").GetChildren())
            .Select(n => $"{n.Path}:Password")
            .Append("CertBot:Sftp:Password")
            .Any(key => provider.TryGet(key, out var value) && !string.IsNullOrEmpty(value));
}
