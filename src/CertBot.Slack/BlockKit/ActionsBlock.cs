namespace CertBot.Slack.BlockKit;

/// <summary>A row of interactive elements (≤ 25); here only buttons.</summary>
public sealed record ActionsBlock(IReadOnlyList<ButtonElement> Elements) : Block;
