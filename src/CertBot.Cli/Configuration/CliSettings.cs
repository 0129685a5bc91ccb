using CertBot.Cisco.Configuration;
using CertBot.Engine.Configuration;
using CertBot.Storage;
using Microsoft.Extensions.Configuration;

namespace CertBot.Cli.Configuration;

/// <summary>
/// Everything the command line read from appsettings.json and <c>--config</c>: the adapter's view of the
/// clusters (addresses, host keys), the engine's view (approvers, windows, gate expiry) and the store.
/// </summary>
/// <param name="Configuration">The merged configuration, for secrets a lab writes into its own 0600 file.</param>
public sealed record CliSettings(CertBotOptions Cisco, EngineOptions Engine, StorageOptions Storage, IConfiguration Configuration);
