namespace CertBot.Chat.Views;

/// <summary>A plain answer (Markdown: back-ticks and bold render on Teams and Slack).</summary>
public sealed record TextView(string Text) : ChatView
{
    public override string Summary => Text;
}
