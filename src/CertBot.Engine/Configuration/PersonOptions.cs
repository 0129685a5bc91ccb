namespace CertBot.Engine.Configuration;

/// <summary>
/// One person and every identity they have in any namespace (<c>CertBot:People[]</c>): the engine's four-eyes
/// rule compares people, so someone known as <c>aad:X</c> in Teams and <c>slack:U</c> in Slack cannot request
/// in one and approve in the other. An identity belongs to at most one person.
/// </summary>
public sealed record PersonOptions
{
    /// <summary>How journal and cards name the person; approver and requester lists may give it instead of identities.</summary>
    public string Name { get; init; } = "";

    /// <summary>Principals (<c>aad:&lt;object id&gt;</c>, <c>slack:&lt;user id&gt;</c>, <c>cli:&lt;name&gt;</c>).</summary>
    public IReadOnlyList<string> Identities { get; init; } = [];
}
