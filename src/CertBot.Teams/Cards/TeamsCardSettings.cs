namespace CertBot.Teams.Cards;

/// <summary>The <c>msteams</c> property of a card: Teams-specific layout; other hosts ignore it.</summary>
/// <param name="Width"><c>Full</c> stretches the card over the conversation's width.</param>
public sealed record TeamsCardSettings(string? Width)
{
    public static TeamsCardSettings FullWidth { get; } = new("Full");
}
