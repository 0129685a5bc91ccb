using System.Runtime.CompilerServices;
using CertBot.Chat.Requests;
using CertBot.Chat.Threads;
using CertBot.Teams.Protocol;
using CertBot.Teams.Protocol.Connector;

namespace CertBot.Teams;

/// <summary>
/// The roster of a Teams conversation through the Connector's <c>pagedmembers</c> (the unpaged <c>members</c> is
/// retired for large teams): a channel thread's roster is its channel's, that is its team's members. Members
/// without an Entra object id (guests of other directories, bots) cannot be matched to an <c>aad:</c> approver
/// and are left out.
/// </summary>
public sealed class TeamsConversationRoster(ConnectorClient connector) : IConversationRoster
{
    /// <summary>Teams' largest page.</summary>
    private const int PageSize = 500;

    /// <summary>The most pages read for one question (10,000 members): an approver beyond that is learned when they write.</summary>
    private const int MostPages = 20;

    public async IAsyncEnumerable<RosterMember> MembersAsync(ChatConversation conversation, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reference = TeamsChatThread.Read(conversation);
        var roster = ThreadRouting.WithoutThread(reference.ConversationId);
        string? token = null;
        for (var page = 0; page < MostPages; page++)
        {
            var result = await connector.GetPagedMembersAsync(reference.ServiceUrl, roster, PageSize, token, cancellationToken);
            foreach (var member in result.Members ?? [])
            {
                if (member.Id is { Length: > 0 } userId && !string.IsNullOrWhiteSpace(member.AadObjectId))
                {
                    yield return new RosterMember(ChatPrincipals.Teams(member.AadObjectId), userId, member.Name);
                }
            }

            token = result.ContinuationToken;
            if (string.IsNullOrEmpty(token))
            {
                yield break;
            }
        }
    }
}
