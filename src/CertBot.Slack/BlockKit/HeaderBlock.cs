namespace CertBot.Slack.BlockKit;

/// <summary>Large bold plain text (≤ 150 characters).</summary>
public sealed record HeaderBlock(TextObject Text) : Block
{
    public static HeaderBlock Of(string text) => new(TextObject.Plain(text, BlockKitLimits.HeaderText));
}
