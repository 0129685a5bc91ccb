namespace CertBot.Teams.Protocol;

/// <summary>A user or the bot in a conversation.</summary>
/// <param name="Id">An MRI: <c>29:…</c> for users, <c>28:&lt;appId&gt;</c> for the bot.</param>
/// <param name="AadObjectId">The user's Entra object id, the identity approvers are checked against. Opaque: not always a GUID.</param>
public sealed record ChannelAccount(string? Id, string? Name = null, string? AadObjectId = null)
{
    public string? Role { get; init; }
}
