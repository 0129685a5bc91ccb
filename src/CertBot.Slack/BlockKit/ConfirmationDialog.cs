namespace CertBot.Slack.BlockKit;

/// <summary>
/// The "are you sure" dialog Slack shows before a click is sent (title ≤ 100, text ≤ 300, buttons ≤ 30 characters).
/// </summary>
public sealed record ConfirmationDialog(TextObject Title, TextObject Text, TextObject Confirm, TextObject Deny, string? Style = null)
{
    public static ConfirmationDialog Of(string title, string text, string confirm, bool danger) => new(
        TextObject.Plain(title, BlockKitLimits.ConfirmTitle),
        TextObject.Plain(text, BlockKitLimits.ConfirmText),
        TextObject.Plain(confirm, BlockKitLimits.ConfirmButton),
        TextObject.Plain("Cancel", BlockKitLimits.ConfirmButton),
        danger ? ButtonElement.Danger : ButtonElement.Primary);
}
