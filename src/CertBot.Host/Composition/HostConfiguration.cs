
namespace CertBot.Host.Composition;

/// <summary>
/// The host's configuration layers, lowest first: appsettings.json next to the program (the repository's
/// defaults), each <c>--config</c> file in the order given, the environment (where secrets live:
/// <c>Teams__ClientSecret</c>), the command line.
/// </summary>
public static class HostConfiguration
{
    /// <exception cref="StartupRefusedException">A --config file is missing.</exception>
    public static WebApplicationBuilder AddCertBotConfiguration(this WebApplicationBuilder builder, string[] args)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var missing = new List<string>();
        foreach (var file in ConfigFileArguments.Parse(args))
        {
            if (!File.Exists(file))
            {
                missing.Add($"the configuration file {file} (--config) does not exist");
                continue;
            }

            builder.Configuration.AddJsonFile(file, optional: false, reloadOnChange: false);
        }

        if (missing.Count > 0)
        {
            throw new StartupRefusedException(missing);
        }

        // Added again so that they stay above the --config files.
        builder.Configuration.AddEnvironmentVariables().AddCommandLine(args);
        if (ListenUrls.From(builder.Configuration).Count == 0)
        {
            builder.WebHost.UseUrls(ListenUrls.Default);
            builder.Configuration["urls"] = ListenUrls.Default;
        }

        return builder;
    }
}
