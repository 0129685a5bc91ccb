namespace CertBot.Teams.Protocol.Authentication;

/// <summary>
/// How inbound requests from the Bot Connector are authenticated (chat-protocols.md §2). The defaults are
/// the Bot Framework's public values; tests and sovereign clouds change the metadata URL.
/// </summary>
public sealed class BotAuthenticationOptions
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    /// <summary>
    /// The bot's Microsoft App ID: every token's audience. Empty turns authentication off, which the host
    /// only allows when it listens on loopback (local Agents Playground).
    /// </summary>
    public string? AppId { get; set; }

    public Uri OpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    public string Issuer { get; set; } = BotFrameworkIssuer;

    /// <summary>The Bot Framework SDKs allow five minutes; so does CertBot.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Off only for tests that serve the metadata over plain HTTP on loopback.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// The Entra tenant whose Teams may talk to this bot (single-tenant registration); when set, an activity
    /// from any other tenant is refused even with a valid token. Empty accepts every tenant.
    /// </summary>
    public string? TenantId { get; set; }

    public bool AuthenticationDisabled => string.IsNullOrWhiteSpace(AppId);
}
