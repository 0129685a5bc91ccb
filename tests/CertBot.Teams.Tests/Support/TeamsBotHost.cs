using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CertBot.Chat;
using CertBot.Cisco;
using CertBot.Engine;
using CertBot.Engine.Storage;
using CertBot.Storage;
using CertBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CertBot.Teams.Tests.Support;

/// <summary>
/// The bot as the host composes it, on a real Kestrel port on 127.0.0.1: AddCertBotStorage, AddCertBotCisco,
/// AddCertBotEngine, AddCertBotChat, AddCertBotTeams (a SQLite file, the lab through the Cisco adapter), MapCertBotTeams. The
/// Connector is the recording one (the activities' serviceUrl). No runner unless asked for: then approved runs change the lab.
/// </summary>
internal sealed class TeamsBotHost : IAsyncDisposable
{
    public const string RequesterAad = "11111111-1111-1111-1111-111111111111";
    public const string ApproverAad = "22222222-2222-2222-2222-222222222222";

    private readonly string directory = Directory.CreateTempSubdirectory("certbot-teams-").FullName;
    private readonly CancellationTokenSource stopping = new();
    private WebApplication app = null!;
    private Task runner = Task.CompletedTask;

    public Uri Endpoint { get; private set; } = null!;

    public HttpClient Client { get; } = new();

    public IServiceProvider Services => app.Services;

    public CertBotEngine Engine => app.Services.GetRequiredService<CertBotEngine>();

    /// <summary>The bot's SQLite store (and its -wal and -shm files next to it).</summary>
    public string StorePath => Path.Combine(directory, "certbot.db");

    /// <param name="settings">Further configuration keys over the host's own (people, gate expiry, metadata URL).</param>
    /// <param name="withRunner">Run the engine's runner too: approved runs then change the lab.</param>
    /// <param name="services">Further services over the host's composition (a CA connector).</param>
    public static async Task<TeamsBotHost> StartAsync(LabFixture lab, string appId = "", int unreachableAfterFailures = 8, IReadOnlyDictionary<string, string?>? settings = null,
        bool withRunner = false, Action<IServiceCollection>? services = null)
    {
        var host = new TeamsBotHost();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddJsonFile(lab.CertBotConfigPath).AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Teams:AppId"] = appId,
            ["Teams:TenantId"] = appId.Length == 0 ? null : "tenant-1",
            ["Teams:ClientSecret"] = appId.Length == 0 ? null : "not-used-by-these-tests",
            ["CertBot:Chat:DeliveryInterval"] = "00:00:00.100",
            ["CertBot:Chat:ProgressUpdateInterval"] = "00:00:00",
            ["CertBot:Chat:UnreachableAfterFailures"] = unreachableAfterFailures.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["CertBot:Storage:SqlitePath"] = Path.Combine(host.directory, "certbot.db"),
        });
        builder.Configuration.AddInMemoryCollection(LabApprovers.For(lab.CertBotConfigPath, "aad:" + ApproverAad));
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        // The host's composition without its hosted runner: approvals change nothing on the lab.
        builder.Services
            .AddCertBotStorage()
            .AddCertBotCisco()
            .AddCertBotEngine()
            .AddCertBotChat(builder.Configuration)
            .AddCertBotTeams(builder.Configuration);
        services?.Invoke(builder.Services);
        host.app = builder.Build();
        await host.app.Services.GetRequiredService<IEngineStore>().MigrateAsync(default);
        host.app.MapCertBotTeams();
        await host.app.StartAsync();
        var address = host.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        host.Endpoint = new Uri(address.TrimEnd('/') + "/api/messages");
        if (withRunner)
        {
            host.runner = Task.Run(() => host.Engine.Runner.RunAsync(TimeSpan.FromMilliseconds(100), host.stopping.Token));
        }

        return host;
    }

    public async Task<HttpResponseMessage> PostAsync(string body, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostAsync(JsonObject activity) => PostAsync(activity.ToJsonString());

    /// <summary>Waits for the work started after the HTTP answers (messages are acknowledged first).</summary>
    public Task IdleAsync() => app.Services.GetRequiredService<CertBot.Chat.Work.ChatBackgroundWork>().IdleAsync();

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await runner;
        stopping.Dispose();
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
