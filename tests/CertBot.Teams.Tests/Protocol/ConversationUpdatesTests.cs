using CertBot.Teams.Protocol;

namespace CertBot.Teams.Tests.Protocol;

public sealed class ConversationUpdatesTests
{
    private static readonly ChannelAccount Bot = new("28:bot");

    [Fact]
    public void AddsTheBot_WhenTheBotIsAmongTheMembersAdded() =>
        Assert.True(ConversationUpdates.AddsTheBot(Update([new ChannelAccount("29:rita"), Bot])));

    [Fact]
    public void AddsTheBot_NotWhenOnlyPeopleJoin() =>
        Assert.False(ConversationUpdates.AddsTheBot(Update([new ChannelAccount("29:rita")])));

    [Fact]
    public void AddsTheBot_NotForOtherActivities() =>
        Assert.False(ConversationUpdates.AddsTheBot(Update([Bot]) with { Type = ActivityTypes.Message }));

    private static Activity Update(ChannelAccount[] added) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Recipient = Bot,
        MembersAdded = added,
    };
}
