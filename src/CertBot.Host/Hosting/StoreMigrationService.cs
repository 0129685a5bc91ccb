using CertBot.Engine.Storage;

namespace CertBot.Host.Hosting;

/// <summary>
/// Brings the store's schema up to date before anything else runs: hosted services start in registration
/// order and before Kestrel listens, so no request and no runner pass sees an old schema.
/// </summary>
public sealed class StoreMigrationService(IEngineStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
