using CertBot.Cisco.Configuration;
using CertBot.Storage;
using Microsoft.Extensions.Configuration;

namespace CertBot.Cli.Configuration;

/// <summary>
/// The command line's configuration: the default store in the user's state directory (<see cref="CliStateDirectory"/>),
/// appsettings.json (next to the program, then in the current directory), each <c>--config</c> file on top, then
/// <c>--store</c>. Relative paths (<c>--config</c>, <c>--store</c>, <c>SqlitePath</c>) mean the current directory. Binding and checking it is each
/// project's own <c>AddCertBotXxx</c> (<see cref="Commands.CliServices"/>), exactly as in the host.
/// </summary>
public static class CliConfiguration
{
    /// <param name="storePath">From <c>--store</c>: a SQLite file that wins over <c>CertBot:Storage</c>.</param>
    /// <exception cref="ConfigurationException">A file is missing or is not valid JSON.</exception>
    public static IConfiguration Build(IReadOnlyList<FileInfo> overlays, FileInfo? storePath = null)
    {
        ArgumentNullException.ThrowIfNull(overlays);
        // Lowest layer: the user's state directory, unless a file, the environment or --store names a store.
        var builder = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{StorageOptions.Section}:{nameof(StorageOptions.SqlitePath)}"] = CliStateDirectory.DefaultStorePath,
            })
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true, reloadOnChange: false);
        foreach (var overlay in overlays)
        {
            if (!overlay.Exists)
            {
                throw new ConfigurationException($"the configuration file {overlay.FullName} does not exist");
            }

            builder.AddJsonFile(overlay.FullName, optional: false, reloadOnChange: false);
        }

        if (storePath is not null)
        {
            builder.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{StorageOptions.Section}:{nameof(StorageOptions.Provider)}"] = nameof(StorageProvider.Sqlite),
                [$"{StorageOptions.Section}:{nameof(StorageOptions.SqlitePath)}"] = storePath.FullName,
            });
        }

        try
        {
            return builder.Build();
        }
        catch (InvalidDataException e)
        {
            throw new ConfigurationException($"the configuration file is not valid JSON: {e.Message}");
        }
    }
}
