using System.Globalization;
using System.Text;
using CertBot.Chat;
using CertBot.Cisco;
using CertBot.Engine;
using CertBot.Engine.Storage;
using CertBot.Slack.Signing;
using CertBot.Storage;
using CertBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CertBot.Slack.Tests.Support;

/// <summary>
/// The bot as the host puts it together (the same AddCertBotXxx), on a real Kestrel at 127.0.0.1: a SQLite file, the
/// Cisco adapter against the lab, the chat core, the Slack front talking to <see cref="FakeSlackApi"/>, and the engine's runner.
/// </summary>
public sealed class SlackBot : IAsyncDisposable
{
    public const string SigningSecret = "slack-test-signing-secret-0123456789";
    public const string Approver = "UAPPROVER1";

    private readonly WebApplication app;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task runner;
    private readonly string directory;

    private SlackBot(WebApplication app, string directory)
    {
        this.app = app;
        this.directory = directory;
        Http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()) };
        runner = Task.Run(() => Engine.Runner.RunAsync(TimeSpan.FromMilliseconds(100), stopping.Token));
    }

    public HttpClient Http { get; }

    public CertBotEngine Engine => app.Services.GetRequiredService<CertBotEngine>();

    public IServiceProvider Services => app.Services;

    /// <param name="settings">Further configuration keys over the bot's own (people, requesters).</param>
    /// <param name="services">Further services over the host's composition (a CA connector).</param>
    public static async Task<SlackBot> StartAsync(LabFixture lab, FakeSlackApi slack, IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var directory = Directory.CreateTempSubdirectory("certbot-slack-").FullName;
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(lab.CertBotConfigPath)
            .AddInMemoryCollection(LabApprovers.For(lab.CertBotConfigPath, "slack:" + Approver))
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Slack:ApiBaseUrl"] = slack.BaseUrl.ToString(),
                ["Slack:SigningSecret"] = SigningSecret,
                ["Slack:BotToken"] = "xoxb-lab-token",
                ["Slack:AllowedTeams:0"] = SlackPayloads.Team,
                ["Slack:ResponseUrlPrefix"] = new Uri(slack.BaseUrl, "/").ToString(),
                ["Slack:FileUrlPrefix"] = new Uri(slack.BaseUrl, "/files/").ToString(),
                ["CertBot:Chat:Workers"] = "1",
                ["Slack:BaseDelay"] = "00:00:00.050",
                ["CertBot:Chat:DeliveryInterval"] = "00:00:00.100",
                ["CertBot:Chat:ProgressUpdateInterval"] = "00:00:00.200",
                ["CertBot:Storage:SqlitePath"] = Path.Combine(directory, "certbot.db"),
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddConfiguration(configuration);
        builder.Services
            .AddCertBotStorage()
            .AddCertBotCisco()
            .AddCertBotEngine()
            .AddCertBotChat(configuration)
            .AddCertBotSlack(configuration, _ => null);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        await app.Services.GetRequiredService<IEngineStore>().MigrateAsync(CancellationToken.None);
        app.MapCertBotSlack();
        await app.StartAsync();
        return new SlackBot(app, directory);
    }

    /// <summary>Posts a body signed as Slack signs it (or with the given timestamp and secret).</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, string body, string contentType, DateTimeOffset? at = null, string? secret = null,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Headers.Add(SlackSignatureVerifier.TimestampHeader, timestamp);
        request.Headers.Add(SlackSignatureVerifier.SignatureHeader, SlackSignatureVerifier.Sign(secret ?? SigningSecret, timestamp, Encoding.UTF8.GetBytes(body)));
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        return await Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await runner;
        Http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        stopping.Dispose();
        Directory.Delete(directory, recursive: true);
    }
}
