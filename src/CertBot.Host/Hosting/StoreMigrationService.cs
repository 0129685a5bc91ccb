using CertBot.Engine.Storage;
using CertBot.Host.Composition;

namespace CertBot.Host.Hosting;

/// <summary>
/// Brings the store's schema up to date before anything else runs: hosted services start in registration
/// order and before Kestrel listens, so no request and no runner pass sees an old schema. Then admits this host
/// as a working instance of the store: a second host (or <c>certbot work</c>) on one SQLite file is refused
/// here, before it serves or runs anything. Stopped last, so the admission is given back after the runner stopped.
/// </summary>
public sealed class StoreMigrationService(IEngineStore store) : IHostedService
{
    private IAsyncDisposable? admission;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken);
        try
        {
            admission = await store.AdmitWorkerAsync(cancellationToken);
        }
        catch (StoreInUseException inUse)
        {
            throw new StartupRefusedException(inUse.Message, inUse);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (admission is not null)
        {
            await admission.DisposeAsync();
        }
    }
}
