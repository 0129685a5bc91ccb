namespace CertBot.Teams.Protocol;

/// <summary>The conversation an activity belongs to.</summary>
/// <param name="Id">For a channel thread <c>19:…@thread.tacv2;messageid=&lt;root&gt;</c>: posting to it lands in the thread.</param>
/// <param name="ConversationType"><c>personal</c>, <c>groupChat</c> or <c>channel</c>.</param>
public sealed record ConversationAccount(string? Id, string? ConversationType = null, string? TenantId = null)
{
    public bool? IsGroup { get; init; }

    public string? Name { get; init; }
}
