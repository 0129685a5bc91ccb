using CertBot.Cisco.Configuration;
using CertBot.Cisco.Nodes;
using CertBot.Cisco.Transport;
using CertBot.Cisco.Transport.SshNet;
using CertBot.Engine.Execution;
using CertBot.Engine.Inventory;
using CertBot.Engine.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertBot.Cisco;

/// <summary>The adapter's one composition entry point (used by the CLI and the host).</summary>
public static class CiscoServiceCollectionExtensions
{
    /// <summary>
    /// Registers the node port (<see cref="INodePort"/>), the SSH.NET transport and SFTP client, and the engine's
    /// <see cref="InventoryReader"/> over that port with <c>CertBot:Ssh:InventoryConcurrency</c>.
    /// The options are bound and validated by the caller (<see cref="CertBotOptionsValidator"/>).
    /// </summary>
    /// <param name="environment">Where PasswordEnvironmentVariable values are read; the process environment by default.</param>
    public static IServiceCollection AddCertBotCisco(this IServiceCollection services, CertBotOptions options, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton(new NodeDirectory(options, environment ?? Environment.GetEnvironmentVariable));
        services.AddSingleton(sp => new SshConnector(SshSettings.From(options.Ssh), sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance));
        services.AddSingleton<ICliTransport>(sp => new SshNetCliTransport(sp.GetRequiredService<SshConnector>()));
        services.AddSingleton<ISftpClient>(sp => new SshNetSftpClient(sp.GetRequiredService<SshConnector>()));
        services.AddSingleton(sp => new CiscoNodePort(sp.GetRequiredService<NodeDirectory>(), sp.GetRequiredService<ICliTransport>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance));
        services.AddSingleton<INodePort>(sp => sp.GetRequiredService<CiscoNodePort>());
        services.AddSingleton<IBulkDirectory>(sp => new SftpBulkDirectory(sp.GetRequiredService<NodeDirectory>(), sp.GetRequiredService<ISftpClient>()));
        services.AddSingleton(sp => new InventoryReader(sp.GetRequiredService<INodePort>(), sp.GetRequiredService<TimeProvider>(), options.Ssh.InventoryConcurrency));
        return services;
    }
}
