using CertBot.Cisco.Configuration;
using CertBot.Engine.Configuration;
using Microsoft.Extensions.Configuration;

namespace CertBot.Cli.Configuration;

/// <summary>
/// appsettings.json (next to the program, then in the current directory) with each <c>--config</c> file on top,
/// bound to <see cref="CertBotOptions"/> and validated with messages that say what to fix.
/// </summary>
public static class CliConfiguration
{
    /// <summary>The adapter's options with at most one file on top.</summary>
    /// <exception cref="ConfigurationException">The file is missing or unreadable, or the configuration has problems.</exception>
    public static CertBotOptions Load(FileInfo? overlay, Func<string, string?> environment) =>
        Load(overlay is null ? [] : [overlay], environment);

    /// <summary>The adapter's options only (inventory, which needs no engine and no store).</summary>
    /// <exception cref="ConfigurationException">A file is missing or unreadable, or the configuration has problems.</exception>
    public static CertBotOptions Load(IReadOnlyList<FileInfo> overlays, Func<string, string?> environment)
    {
        var (options, _) = LoadCisco(overlays, environment);
        return options;
    }

    /// <summary>Everything the procedure commands need: adapter, engine (approvers, windows) and store.</summary>
    /// <exception cref="ConfigurationException">A file is missing or unreadable, or the configuration has problems.</exception>
    public static CliSettings LoadSettings(IReadOnlyList<FileInfo> overlays, Func<string, string?> environment)
    {
        var (cisco, configuration) = LoadCisco(overlays, environment);
        var problems = new List<string>();
        var section = configuration.GetSection(CertBotOptions.Section);
        var engine = EngineOptionsReader.Read(section, problems);
        var storage = StorageOptionsReader.Read(section, problems);
        problems.AddRange(EngineOptionsValidator.Validate(engine));
        return problems.Count == 0 ? new CliSettings(cisco, engine, storage, configuration) : throw new ConfigurationException(problems.Distinct().ToList());
    }

    private static (CertBotOptions Options, IConfiguration Configuration) LoadCisco(IReadOnlyList<FileInfo> overlays, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(overlays);
        var builder = new ConfigurationBuilder()
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

        var options = new CertBotOptions();
        var configuration = builder.Build();
        try
        {
            configuration.GetSection(CertBotOptions.Section).Bind(options);
        }
        catch (InvalidOperationException e)
        {
            // The binder names the key and the value it could not convert (e.g. Product = "cucmx").
            throw new ConfigurationException($"the configuration cannot be read: {e.Message} {e.InnerException?.Message}".Trim());
        }
        catch (InvalidDataException e)
        {
            throw new ConfigurationException($"the configuration file is not valid JSON: {e.Message}");
        }

        var problems = UnreadableWords(configuration).Concat(CertBotOptionsValidator.Validate(options, environment)).ToList();
        return problems.Count == 0 ? (options, configuration) : throw new ConfigurationException(problems);
    }

    /// <summary>
    /// The binder leaves an unknown Product or Role empty without a word; name the typo instead of reporting
    /// the value as missing.
    /// </summary>
    private static IEnumerable<string> UnreadableWords(IConfiguration configuration)
    {
        foreach (var cluster in configuration.GetSection($"{CertBotOptions.Section}:Clusters").GetChildren())
        {
            foreach (var node in cluster.GetSection("Nodes").GetChildren())
            {
                foreach (var (key, type) in new[] { ("Product", typeof(Engine.Model.Product)), ("Role", typeof(Engine.Model.NodeRole)) })
                {
                    var value = node[key];
                    if (!string.IsNullOrEmpty(value) && !Enum.TryParse(type, value, ignoreCase: true, out _))
                    {
                        yield return $"cluster '{cluster["Name"]}' node '{node["Name"]}' has {key} '{value}': use {string.Join(" or ", Enum.GetNames(type).Select(n => n.ToLowerInvariant()))}";
                    }
                }
            }
        }
    }
}
