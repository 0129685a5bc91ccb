namespace CertBot.Teams.Protocol;

/// <summary>An outbound @mention: the text fragment to put in the message and the entity that makes Teams notify the person.</summary>
public sealed record Mention(string Text, Entity Entity)
{
    /// <summary>Mentions <paramref name="user"/> by name (the name shown in the fragment is also what Teams renders).</summary>
    public static Mention Of(ChannelAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var name = string.IsNullOrWhiteSpace(user.Name) ? user.Id : user.Name;
        var text = $"<at>{name}</at>";
        return new Mention(text, new Entity(Entity.MentionType, text, new ChannelAccount(user.Id, user.Name)));
    }
}
