using CertBot.Cisco.Configuration;
using Microsoft.Extensions.Configuration;

namespace CertBot.Cli.Configuration;

/// <summary>
/// appsettings.json (next to the program, then in the current directory) with <c>--config</c> on top, bound to
/// <see cref="CertBotOptions"/> and validated with messages that say what to fix.
/// </summary>
public static class CliConfiguration
{
    /// <exception cref="ConfigurationException">The file is missing or unreadable, or the configuration has problems.</exception>
    public static CertBotOptions Load(FileInfo? overlay, Func<string, string?> environment)
    {
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true, reloadOnChange: false);
        if (overlay is not null)
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
        return problems.Count == 0 ? options : throw new ConfigurationException(problems);
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
