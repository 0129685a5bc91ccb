using CertBot.Cisco;
using CertBot.Cisco.Configuration;
using CertBot.Cisco.Transport;
using CertBot.Cli.Configuration;
using CertBot.Cli.Composition;
using CertBot.Engine;
using CertBot.Engine.Execution;
using CertBot.Engine.Nodes;
using CertBot.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CertBot.Cli.Commands;

/// <summary>
/// The CLI's composition: logging on stderr plus each project's <c>AddCertBotXxx</c>. Commands resolve what
/// they need from the provider; a new project's services join here.
/// </summary>
public static class CliServices
{
    public static ServiceProvider Create(CertBotOptions options, bool verbose) =>
        Base(verbose).AddCertBotCisco(options).BuildServiceProvider();

    /// <summary>
    /// The procedure commands' composition: the adapter, the opened store and one <see cref="CertBotEngine"/>
    /// over them. The engine depends on no DI library, so it is registered here from its parts.
    /// </summary>
    public static ServiceProvider Create(CliSettings settings, IEngineStore store, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Base(verbose)
            .AddCertBotCisco(settings.Cisco)
            .AddSingleton(settings.Engine)
            .AddSingleton(store)
            .AddSingleton<ISecretSource>(new CliSecretSource(settings.Configuration, Environment.GetEnvironmentVariable))
            .AddSingleton<IBulkDirectory>(sp => new SftpBulkDirectory(sp.GetRequiredService<NodeDirectory>(), sp.GetRequiredService<ISftpClient>()))
            .AddSingleton(sp => new CertBotEngine(settings.Engine, store, sp.GetRequiredService<INodePort>(), sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILoggerFactory>(), sp.GetRequiredService<ISecretSource>(), sp.GetRequiredService<IBulkDirectory>()))
            .BuildServiceProvider();
    }

    private static IServiceCollection Base(bool verbose) =>
        new ServiceCollection()
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
