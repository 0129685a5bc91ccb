using CertBot.Cisco;
using CertBot.Cisco.Configuration;
using CertBot.Engine;
using CertBot.Engine.Configuration;
using CertBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CertBot.Cli.Commands;

/// <summary>
/// The CLI's composition: logging on stderr plus the same <c>AddCertBotXxx</c> the host uses, checked once
/// before any command runs (every problem at once, as the host refuses to start). Commands resolve what they
/// need from the provider.
/// </summary>
public static class CliServices
{
    /// <summary>The inventory's composition: the platform adapter alone (no store, no approvers needed).</summary>
    /// <exception cref="ConfigurationException">The configuration has problems; the message lists them all.</exception>
    public static ServiceProvider Create(IConfiguration configuration, bool verbose) =>
        Checked(Base(configuration, verbose).AddCertBotCisco());

    /// <summary>The procedure commands' composition: storage, the adapter and the engine, as in the host.</summary>
    /// <exception cref="ConfigurationException">The configuration has problems; the message lists them all.</exception>
    public static ServiceProvider CreateEngine(IConfiguration configuration, bool verbose) =>
        Checked(Base(configuration, verbose).AddCertBotStorage().AddCertBotCisco().AddCertBotEngine());

    private static ServiceProvider Checked(IServiceCollection services)
    {
        var provider = services.BuildServiceProvider();
        var problems = StartupProblems.Of(provider);
        if (problems.Count == 0)
        {
            return provider;
        }

        provider.Dispose();
        // The command line can always fall back to a SQLite file; the host's message cannot say so.
        throw new ConfigurationException([.. problems.Select(p => p.StartsWith("CertBot:Storage:Provider is postgres", StringComparison.Ordinal)
            ? p + ", or pass --store <file> for SQLite" : p)]);
    }

    private static IServiceCollection Base(IConfiguration configuration, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new ServiceCollection()
            .AddSingleton(configuration)
            .AddLogging(builder =>
            {
                builder.SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.None);
                builder.AddSimpleConsole(o =>
                {
                    o.SingleLine = true;
                    o.TimestampFormat = "HH:mm:ss.fff ";
                });
                // stdout stays machine-readable (--json): every log line goes to stderr.
                builder.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            });
    }
}
