namespace CertBot.Teams.Cards;

/// <summary>
/// A card's <c>refresh</c>: Teams sends the listed users an automatic <c>adaptiveCard/action</c> invoke with
/// <see cref="Action"/>'s verb, so each can be shown a card of their own (approvers see buttons). It decides
/// what a user sees, never what a user may do: the engine checks every click.
/// </summary>
public sealed record CardRefresh
{
    /// <summary>Teams' limit on <see cref="UserIds"/>.</summary>
    public const int MaxUserIds = 60;

    /// <param name="userIds">
    /// User MRIs (<c>29:…</c>); empty disables the automatic refresh; null refreshes for everyone in
    /// conversations of at most 60 members.
    /// </param>
    public CardRefresh(ExecuteAction action, IReadOnlyList<string>? userIds)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (userIds is { Count: > MaxUserIds })
        {
            throw new ArgumentException($"Teams refreshes a card for at most {MaxUserIds} users; {userIds.Count} were given.", nameof(userIds));
        }

        Action = action;
        UserIds = userIds;
    }

    /// <summary>Typed as the base so the JSON carries its <c>type</c> discriminator (always an <see cref="ExecuteAction"/>).</summary>
    public CardAction Action { get; }

    public IReadOnlyList<string>? UserIds { get; }
}
