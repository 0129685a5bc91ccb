namespace CertBot.Teams.Protocol;

/// <summary>An entity attached to an activity; CertBot reads the <c>mention</c> ones.</summary>
/// <param name="Text">For a mention, the exact <c>&lt;at&gt;…&lt;/at&gt;</c> fragment of the activity's text.</param>
public sealed record Entity(string? Type, string? Text = null, ChannelAccount? Mentioned = null)
{
    public const string MentionType = "mention";
}
