using System.Globalization;
using CertBot.Chat.Delivery;
using CertBot.Chat.Handling;
using CertBot.Chat.Requests;
using CertBot.Chat.Threads;
using CertBot.Chat.Views;
using CertBot.Cisco;
using CertBot.Engine;
using CertBot.Engine.Configuration;
using CertBot.Storage;
using CertBot.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Chat.Tests.Support;

/// <summary>
/// The chat core as the host composes it (AddCertBotStorage, AddCertBotCisco, AddCertBotEngine, AddCertBotChat):
/// a real SQLite file for the engine and chat stores, the lab's nodes through the Cisco adapter; the platform is a recording thread.
/// </summary>
internal sealed class ChatHarness : IAsyncDisposable
{
    public const string Requester = "aad:11111111-1111-1111-1111-111111111111";
    public const string Approver = "aad:22222222-2222-2222-2222-222222222222";
    public const string Outsider = "aad:33333333-3333-3333-3333-333333333333";

    private readonly string directory = Directory.CreateTempSubdirectory("certbot-chat-").FullName;
    private ServiceProvider provider = null!;

    public RecordingThread Thread { get; } = new();

    public ChatConversation Conversation { get; } = new("teams", "19:ops@thread.tacv2;messageid=1", "{}");

    public IServiceProvider Services => provider;

    /// <summary>The SQLite file of the engine and chat stores.</summary>
    public string DatabasePath => Path.Combine(directory, "certbot.db");

    public CertBotEngine Engine => provider.GetRequiredService<CertBotEngine>();

    public ChatRequestHandler Handler => provider.GetRequiredService<ChatRequestHandler>();

    public ChatDeliveryService Delivery => provider.GetRequiredService<ChatDeliveryService>();

    /// <param name="progressInterval">The coalescing interval of progress updates; zero updates on every pass.</param>
    /// <param name="gateExpiry">How long approval gates stay open (the engine's default when null).</param>
    /// <param name="settings">Further configuration keys over the harness's own (people, requesters, limits).</param>
    /// <param name="time">The clock of the whole composition (the system's when null).</param>
    /// <param name="readOnlyCluster">The index of a cluster left without approvers (read-only).</param>
    public static ChatHarness Start(ChatLab lab, TimeSpan? progressInterval = null, TimeSpan? gateExpiry = null, IReadOnlyDictionary<string, string?>? settings = null,
        TimeProvider? time = null, int? readOnlyCluster = null)
    {
        var harness = new ChatHarness();
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(lab.CertBotConfigPath)
            .AddInMemoryCollection(LabApprovers.For(lab.CertBotConfigPath, Approver)
                .Where(a => readOnlyCluster is not { } i || a.Key != string.Create(CultureInfo.InvariantCulture, $"CertBot:Clusters:{i}:Approvers:0")))
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["CertBot:GateExpiry"] = (gateExpiry ?? EngineOptions.DefaultGateExpiry).ToString(),
                ["CertBot:Chat:ProgressUpdateInterval"] = (progressInterval ?? TimeSpan.Zero).ToString(),
                ["CertBot:Chat:DeliveryInterval"] = "00:00:00.050",
                ["CertBot:Storage:SqlitePath"] = Path.Combine(harness.directory, "certbot.db"),
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        // The host's composition; only the chat platform is replaced by the recording thread.
        harness.provider = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IChatThread>(harness.Thread)
            .AddSingleton(time ?? TimeProvider.System)
            .AddCertBotStorage()
            .AddCertBotCisco()
            .AddCertBotEngine()
            .AddCertBotChat(configuration)
            .BuildServiceProvider();
        Assert.Empty(StartupProblems.Of(harness.provider));
        return harness;
    }

    public async Task InitializeAsync()
    {
        await Engine.Store.MigrateAsync(default);
    }

    /// <summary>Shows the plan for <paramref name="text"/> and requests its approval as the requester; returns the run.</summary>
    public async Task<Guid> RequestAsync(string text)
    {
        await SayAsync(text);
        var plan = Thread.Posted<PlanView>().Last();
        await ClickAsync(plan.Actions.Single(a => a.Verb == ChatVerbs.RequestApproval), Thread.IdOf(plan), Requester, "Rita");
        return (await Engine.Runs.ListAsync([CertBot.Engine.Runs.RunState.AwaitingApproval], 10, default)).Single().Id;
    }

    public Task<ChatReply> SayAsync(string text, string who = Requester, string name = "Rita") =>
        Handler.HandleAsync(new ChatRequest("teams", who, name, Conversation, Text: text, InboundId: Guid.NewGuid().ToString()), default);

    public Task<ChatReply> ClickAsync(ViewAction action, string messageId, string who, string name, string? comment = null)
    {
        var data = new Dictionary<string, string>(action.Data);
        if (comment is not null)
        {
            data[ChatVerbs.CommentKey] = comment;
        }

        return Handler.HandleAsync(new ChatRequest("teams", who, name, Conversation, Action: new ChatAction(action.Verb, data, messageId), InboundId: Guid.NewGuid().ToString()), default);
    }

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
