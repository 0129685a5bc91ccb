namespace CertBot.Teams.Protocol.Connector;

/// <summary>
/// The bot's outbound identity. The client secret comes from the environment or a secret store, never from
/// the committed appsettings.json.
/// </summary>
public sealed class ConnectorAuthenticationOptions
{
    public const string BotFrameworkScope = "https://api.botframework.com/.default";

    /// <summary>The Microsoft App ID; empty means the local no-auth mode (no token is sent).</summary>
    public string? AppId { get; set; }

    /// <summary>The Entra tenant of the single-tenant app registration.</summary>
    public string? TenantId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Use the Azure resource's managed identity instead of a client secret.</summary>
    public bool UseManagedIdentity { get; set; }

    /// <summary>The client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    public Uri AuthorityHost { get; set; } = new("https://login.microsoftonline.com/");

    public string Scope { get; set; } = BotFrameworkScope;
}
