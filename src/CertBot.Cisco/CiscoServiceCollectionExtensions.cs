using CertBot.Cisco.Configuration;
using CertBot.Cisco.Nodes;
using CertBot.Cisco.Transport;
using CertBot.Cisco.Transport.SshNet;
using CertBot.Engine;
using CertBot.Engine.Configuration;
using CertBot.Engine.Execution;
using CertBot.Engine.Inventory;
using CertBot.Engine.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CertBot.Cisco;

/// <summary>The adapter's one composition entry point (used by the host, the command line and the tests).</summary>
public static class CiscoServiceCollectionExtensions
{
    /// <summary>
    /// Registers the node port (<see cref="INodePort"/>), the SSH.NET transport and SFTP client, the strict bulk
    /// directory (<see cref="IBulkDirectory"/>: only the server of <c>CertBot:Sftp</c>, with its pinned key) and the
    /// engine's <see cref="InventoryReader"/> over that port with <c>CertBot:Ssh:InventoryConcurrency</c>. Reads the one <c>CertBot</c> options model (<see cref="EngineServiceCollectionExtensions.AddCertBotOptions"/>)
    /// and its own <c>CertBot:Ssh</c>; both are checked at start (<see cref="NodeConnectionValidator"/>,
    /// <see cref="SshOptionsValidator"/>). Needs an <see cref="IConfiguration"/> in the container.
    /// </summary>
    public static IServiceCollection AddCertBotCisco(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddCertBotOptions();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EngineOptions>, NodeConnectionValidator>());
        services.AddCheckedOptions<SshOptions, SshOptionsValidator>(SshOptions.Section);
        services.TryAddSingleton(sp => new NodeDirectory(sp.GetRequiredService<EngineOptions>(),
            sp.GetRequiredService<IOptions<SshOptions>>().Value, sp.GetRequiredService<ISecretSource>()));
        services.TryAddSingleton(sp => new SshConnector(SshSettings.From(sp.GetRequiredService<IOptions<SshOptions>>().Value),
            sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance));
        services.TryAddSingleton<ICliTransport>(sp => new SshNetCliTransport(sp.GetRequiredService<SshConnector>()));
        services.TryAddSingleton<ISftpClient>(sp => new SshNetSftpClient(sp.GetRequiredService<SshConnector>()));
        services.TryAddSingleton(sp => new CiscoNodePort(sp.GetRequiredService<NodeDirectory>(), sp.GetRequiredService<ICliTransport>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance));
        services.TryAddSingleton<INodePort>(sp => sp.GetRequiredService<CiscoNodePort>());
        services.TryAddSingleton<IBulkDirectory>(sp => new SftpBulkDirectory(sp.GetRequiredService<NodeDirectory>(), sp.GetRequiredService<ISftpClient>()));
        services.TryAddSingleton(sp => new InventoryReader(sp.GetRequiredService<INodePort>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<SshOptions>>().Value.InventoryConcurrency));
        return services;
    }
}
