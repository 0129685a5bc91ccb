using CertBot.Chat.Tests.Support;
using CertBot.Chat.Threads;
using CertBot.Chat.Views;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Chat.Tests.Threads;

public sealed class ChatThreadsTests
{
    [Fact]
    public async Task EachConversation_GoesToTheFrontOfItsPlatform_OthersToTheDefault()
    {
        var teams = new RecordingThread();
        var slack = new RecordingThread();
        using var provider = new ServiceCollection()
            .AddKeyedSingleton<IChatThread>("teams", teams)
            .AddKeyedSingleton<IChatThread>("slack", slack)
            .AddSingleton<IChatThread>(teams)
            .BuildServiceProvider();
        var threads = new ChatThreads(provider);

        await threads.PostAsync(new ChatConversation("slack", "C1/17.1", "{}"), new TextView("to slack"), default);
        await threads.PostAsync(new ChatConversation("teams", "19:x", "{}"), new TextView("to teams"), default);
        await threads.UpdateAsync(new ChatConversation("other", "x", "{}"), new ChatMessageRef("m1"), new TextView("to the default"), default);

        Assert.Equal(["to slack"], slack.Log.Select(e => ((TextView)e.View).Text));
        Assert.Equal(["to teams", "to the default"], teams.Log.Select(e => ((TextView)e.View).Text));
    }

    [Fact]
    public void WithoutAnyFront_SaysWhatToAdd()
    {
        using var provider = new ServiceCollection().BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => new ChatThreads(provider).For(new ChatConversation("teams", "19:x", "{}")));

        Assert.Contains("AddCertBotTeams", error.Message, StringComparison.Ordinal);
    }
}
