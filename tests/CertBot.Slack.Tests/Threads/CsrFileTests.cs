using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using CertBot.Chat;
using CertBot.Chat.Tests.Support;
using CertBot.Chat.Views;
using CertBot.Engine.Renewal;
using CertBot.Slack.Tests.Support;
using CertBot.Slack.Threads;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Slack.Tests.Threads;

/// <summary>
/// A CSR too long for one section follows its message into the thread as a file, through Slack's upload (an upload
/// address, the bytes without the bot token, the completion naming the channel and thread); a CSR that fits is not
/// uploaded; an upload Slack refuses, or an upload address outside Slack's file host, leaves the message standing.
/// </summary>
public sealed class CsrFileTests : IAsyncLifetime
{
    private const string Channel = "CUCOPS0042";
    private const string ThreadTs = "1700000500.000100";
    private readonly RunViews views = new(new People());
    private FakeSlackApi slack = null!;

    public async Task InitializeAsync() => slack = await FakeSlackApi.StartAsync();

    public async Task DisposeAsync() => await slack.DisposeAsync();

    [Fact]
    public async Task ACsrLongerThanASection_FollowsItsMessageAsAFile_InTheThread_WithoutTheToken()
    {
        using var services = Services(slackFiles: true);
        var (view, pem) = LongCsr();

        await services.GetRequiredService<SlackChatThread>().PostAsync(new SlackThreadReference(Channel, ThreadTs).ToConversation(), view, default);

        Assert.Equal(["chat.postMessage", "files.getUploadURLExternal", "files.completeUploadExternal"], slack.Calls.Select(c => c.Method));
        var slot = slack.Calls[1];
        Assert.Equal("imp-pub.csr", slot.Get("filename"));
        Assert.Equal(Encoding.UTF8.GetByteCount(pem).ToString(CultureInfo.InvariantCulture), slot.Get("length"));
        Assert.Equal("Bearer xoxb-test-token", slot.Authorization);
        var (id, upload) = Assert.Single(slack.Uploads);
        Assert.Equal(pem, upload.Content);
        Assert.Equal("", upload.Authorization);
        var complete = slack.Calls[2];
        Assert.Equal(Channel, complete.Get("channel_id"));
        Assert.Equal(ThreadTs, complete.Get("thread_ts"));
        var file = Assert.Single(complete.Body.GetProperty("files").EnumerateArray());
        Assert.Equal(id, file.GetProperty("id").GetString());
        Assert.StartsWith("CSR of imp-pub (CN=imp-pub.east.lab.example", file.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACsrThatFits_IsOnlyInTheMessage()
    {
        using var services = Services(slackFiles: true);
        var (run, gate) = RenewalRuns.Waiting(3, multiServer: true);

        await services.GetRequiredService<SlackChatThread>().PostAsync(new SlackThreadReference(Channel, ThreadTs).ToConversation(), views.GateMessage(run, gate), default);

        Assert.Equal(["chat.postMessage"], slack.Calls.Select(c => c.Method));
    }

    [Fact]
    public async Task AnUploadSlackRefuses_LeavesTheMessageStanding()
    {
        using var services = Services(slackFiles: true);
        slack.FailNext("files.getUploadURLExternal", "missing_scope");

        var posted = await services.GetRequiredService<SlackChatThread>().PostAsync(new SlackThreadReference(Channel, ThreadTs).ToConversation(), LongCsr().View, default);

        Assert.Equal(slack.Calls[0].Ts, posted.Id);
        Assert.Equal(["chat.postMessage", "files.getUploadURLExternal"], slack.Calls.Select(c => c.Method));
        Assert.Empty(slack.Uploads);
    }

    [Fact]
    public async Task AnUploadAddressOutsideSlacksFileHost_GetsNothing()
    {
        using var services = Services(slackFiles: false);

        await services.GetRequiredService<SlackChatThread>().PostAsync(new SlackThreadReference(Channel, ThreadTs).ToConversation(), LongCsr().View, default);

        Assert.Empty(slack.Uploads);
        Assert.DoesNotContain(slack.Calls, c => c.Method == "files.completeUploadExternal");
    }

    /// <summary>A real CSR naming 100 hosts: more than one section's 3000 characters of PEM.</summary>
    private (CsrView View, string Pem) LongCsr()
    {
        var (run, gate) = RenewalRuns.Waiting(1, multiServer: false);
        var view = (CsrView)views.GateMessage(run, gate);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=imp-pub.east.lab.example, OU=UC, O=Lab", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        foreach (var i in Enumerable.Range(1, 100))
        {
            names.AddDnsName(string.Create(CultureInfo.InvariantCulture, $"presence-node-{i:000}.east.lab.example"));
        }

        request.CertificateExtensions.Add(names.Build());
        var pem = request.CreateSigningRequestPem() + "\n";
        Assert.True(pem.Length > 3000, $"{pem.Length} characters");
        return (view with { Requests = [SigningRequestFacts.Read("imp-pub", pem)] }, pem);
    }

    private ServiceProvider Services(bool slackFiles)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Slack:ApiBaseUrl"] = slack.BaseUrl.ToString(),
            ["Slack:BotToken"] = "xoxb-test-token",
            ["Slack:BaseDelay"] = "00:00:00.050",
        };
        if (slackFiles)
        {
            settings["Slack:FileUrlPrefix"] = new Uri(slack.BaseUrl, "/files/").ToString();
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddCertBotSlack(configuration, _ => null).BuildServiceProvider();
    }
}
