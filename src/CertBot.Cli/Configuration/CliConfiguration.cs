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
        try
        {
            builder.Build().GetSection(CertBotOptions.Section).Bind(options);
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

        var problems = CertBotOptionsValidator.Validate(options, environment);
        return problems.Count == 0 ? options : throw new ConfigurationException(problems);
    }
}
