using CertBot.Chat.Threads;
using CertBot.Chat.Views;
using CertBot.Slack.Threads;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Slack.Tests.Registration;

public sealed class ServiceRegistrationTests
{
    [Fact]
    public void AddCertBotSlack_AfterAnotherFront_KeepsThatFrontAndRoutesSlackConversationsToSlack()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IChatThread, OtherFront>();
        services.AddCertBotSlack(new ConfigurationBuilder().Build(), _ => null);
        using var provider = services.BuildServiceProvider();

        Assert.IsType<OtherFront>(provider.GetRequiredService<IChatThread>());
        var routed = new ChatThreads(provider).For(new SlackThreadReference("C1", "1.2").ToConversation());
        Assert.IsType<SlackChatThread>(routed);
    }

    [Fact]
    public void AddCertBotSlack_Alone_IsTheFront()
    {
        using var provider = new ServiceCollection().AddLogging().AddCertBotSlack(new ConfigurationBuilder().Build(), _ => null).BuildServiceProvider();
        Assert.IsType<SlackChatThread>(provider.GetRequiredService<IChatThread>());
    }

    [Fact]
    public void SlackChatThread_GivenATeamsConversation_RefusesIt()
    {
        var error = Assert.Throws<ArgumentException>(() => SlackThreadReference.From(new ChatConversation("teams", "19:x", "{}")));
        Assert.Contains("teams", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThreadReference_RoundTripsThroughTheCoresConversation()
    {
        var reference = new SlackThreadReference("C0123", "1700000000.000100", "T1");
        var conversation = reference.ToConversation();
        Assert.Equal("slack", conversation.Platform);
        Assert.Equal("C0123/1700000000.000100", conversation.Key);
        Assert.Equal(reference, SlackThreadReference.From(conversation));
    }

    private sealed class OtherFront : IChatThread
    {
        public Task<ChatMessageRef> PostAsync(ChatConversation conversation, ChatView view, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task UpdateAsync(ChatConversation conversation, ChatMessageRef message, ChatView view, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
