using CertBot.Chat.Storage;
using CertBot.Chat.Threads;

namespace CertBot.Storage.Tests.Chat;

/// <summary>What every chat store must do, run against real SQLite and real PostgreSQL.</summary>
public abstract class ChatStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 7, 0, 0, TimeSpan.Zero);
    private static readonly ChatConversation Thread = new("teams", "19:ops@thread.tacv2;messageid=17", """{"conversationId":"19:ops@thread.tacv2;messageid=17"}""");

    protected IChatStore Store { get; private set; } = null!;

    protected abstract Task<IChatStore> CreateStoreAsync();

    public async Task InitializeAsync() => Store = await CreateStoreAsync();

    public abstract Task DisposeAsync();

    [Fact]
    public async Task InboundId_IsProcessedOnce()
    {
        Assert.True(await Store.TryMarkProcessedAsync("teams:a1", Now, default));
        Assert.False(await Store.TryMarkProcessedAsync("teams:a1", Now, default));
        Assert.True(await Store.TryMarkProcessedAsync("teams:a2", Now, default));
    }

    [Fact]
    public async Task Plan_RoundTripsAndClosesOnce()
    {
        var plan = new PendingPlan(Guid.NewGuid(), "aad:rita", Thread, """{"steps":[]}""", Now);
        await Store.SavePlanAsync(plan, default);

        Assert.Equal(plan, await Store.GetPlanAsync(plan.Id, default));
        var closes = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Store.ClosePlanAsync(plan.Id, $"closed {i}", Now, default)));
        Assert.Single(closes, c => c);
        await Store.SetPlanOutcomeAsync(plan.Id, "approval requested", default);
        Assert.Equal("approval requested", (await Store.GetPlanAsync(plan.Id, default))!.Outcome);
        Assert.Null(await Store.GetPlanAsync(Guid.NewGuid(), default));
    }

    [Fact]
    public async Task Thread_KeepsTheConversationAndTheProgressMessage()
    {
        var runId = Guid.NewGuid();
        await Store.SaveThreadAsync(new ChatRunThread(runId, Thread, Now), default);
        await Store.SaveThreadAsync(new ChatRunThread(runId, Thread with { Key = "other" }, Now), default);
        await Store.SetProgressMessageAsync(runId, "1712345", default);

        Assert.Equal(new ChatRunThread(runId, Thread, Now, "1712345"), await Store.GetThreadAsync(runId, default));
        Assert.Null(await Store.GetThreadAsync(Guid.NewGuid(), default));
    }

    [Fact]
    public async Task Messages_AreKeptInOrder_SavedOncePerKey_AndSettled()
    {
        var runId = Guid.NewGuid();
        var gate = ChatRunMessage.GateKey(Guid.NewGuid());
        await Store.SaveMessageAsync(new ChatRunMessage(runId, gate, "m1", Now), default);
        await Store.SaveMessageAsync(new ChatRunMessage(runId, gate, "m-duplicate", Now.AddSeconds(1)), default);
        await Store.SaveMessageAsync(new ChatRunMessage(runId, ChatRunMessage.AttentionKey(4, 99), "m2", Now.AddSeconds(2)), default);
        await Store.SettleMessageAsync(runId, gate, default);

        var messages = await Store.MessagesOfAsync(runId, default);

        Assert.Equal(["m1", "m2"], messages.Select(m => m.MessageId));
        Assert.True(messages[0].Settled);
        Assert.False(messages[1].Settled);
        Assert.Equal(4, messages[1].AttentionStep);
        Assert.Empty(await Store.MessagesOfAsync(Guid.NewGuid(), default));
    }

    [Fact]
    public async Task Messages_InAPersonalChat_KeepTheirConversation_AndWhomTheCopyIsFor()
    {
        var runId = Guid.NewGuid();
        var gateId = Guid.NewGuid();
        var personal = new ChatConversation("teams", "a:personal-alan", """{"conversationId":"a:personal-alan"}""");
        await Store.SaveMessageAsync(new ChatRunMessage(runId, ChatRunMessage.GateKey(gateId), "m1", Now), default);
        await Store.SaveMessageAsync(new ChatRunMessage(runId, ChatRunMessage.GateCopyKey(gateId, "aad:alan"), "m1", Now.AddSeconds(1), Conversation: personal), default);

        var messages = await Store.MessagesOfAsync(runId, default);

        Assert.Equal([null, personal], messages.Select(m => m.Conversation));
        Assert.Equal([gateId, gateId], messages.Select(m => m.GateId));
        Assert.Equal([null, "aad:alan"], messages.Select(m => m.CopyFor));
    }

    [Fact]
    public async Task Contacts_MergeWhatIsLearned_AndSayWhenAPersonalChatIsNew()
    {
        var personal = new ChatConversation("teams", "a:personal-alan", """{"conversationId":"a:personal-alan"}""");

        Assert.False(await Store.SaveContactAsync(new ChatContact("aad:alan", "teams", "29:alan", null, Now), default));
        Assert.True(await Store.SaveContactAsync(new ChatContact("aad:alan", "teams", null, personal, Now.AddSeconds(1)), default));
        Assert.False(await Store.SaveContactAsync(new ChatContact("aad:alan", "teams", null, personal, Now.AddSeconds(2)), default));
        Assert.False(await Store.SaveContactAsync(new ChatContact("aad:alan", "teams", null, null, Now.AddSeconds(3)), default));
        await Store.SaveContactAsync(new ChatContact("aad:rita", "teams", "29:rita", null, Now), default);

        var contacts = await Store.ContactsAsync(["aad:alan", "aad:rita", "aad:nobody"], default);

        Assert.Equal([new ChatContact("aad:alan", "teams", "29:alan", personal, Now.AddSeconds(3)), new ChatContact("aad:rita", "teams", "29:rita", null, Now)], contacts);
        Assert.Empty(await Store.ContactsAsync([], default));
    }

    [Fact]
    public async Task Migrate_Twice_ChangesNothing()
    {
        await Store.MigrateAsync(default);
        await Store.MigrateAsync(default);

        Assert.True(await Store.TryMarkProcessedAsync("after-migrate", Now, default));
    }

    [Fact]
    public async Task WatchChannel_IsKeptOncePerClusterAndChannel_InTheOrderAdded()
    {
        var channel = new ChatConversation("teams", "19:ops@thread.tacv2", """{"conversationId":"19:ops@thread.tacv2"}""");
        var slack = new ChatConversation("slack", "C0OPS", """{"channel":"C0OPS","threadTs":""}""");
        await Store.SaveWatchChannelAsync(new WatchChannel("lab-east", channel, "aad:rita", Now), default);
        await Store.SaveWatchChannelAsync(new WatchChannel("lab-east", channel, "aad:alan", Now.AddMinutes(1)), default);
        await Store.SaveWatchChannelAsync(new WatchChannel("lab-west", channel, "aad:rita", Now.AddMinutes(2)), default);
        await Store.SaveWatchChannelAsync(new WatchChannel("lab-east", slack, "slack:U1", Now.AddMinutes(3)), default);

        var channels = await Store.WatchChannelsAsync(default);

        Assert.Equal([("lab-east", "19:ops@thread.tacv2", "aad:rita"), ("lab-west", "19:ops@thread.tacv2", "aad:rita"), ("lab-east", "C0OPS", "slack:U1")],
            channels.Select(c => (c.Cluster, c.Conversation.Key, c.AddedBy)));
        Assert.Equal(new WatchChannel("lab-east", channel, "aad:rita", Now), channels[0]);
        Assert.Equal(slack, channels[2].Conversation);
    }
}
