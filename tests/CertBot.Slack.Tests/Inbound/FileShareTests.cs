using System.Text;
using CertBot.Chat.Requests;
using CertBot.Slack.Inbound;
using CertBot.Slack.Tests.Support;
using CertBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CertBot.Slack.Tests.Inbound;

/// <summary>
/// Files shared with the bot: which <c>file_share</c> events are for it, and what is fetched: only from
/// Slack:FileUrlPrefix (the bot token goes with the download), at most 64 KB, PEM text only.
/// </summary>
public sealed class FileShareTests : IAsyncLifetime
{
    private static readonly Uri Somewhere = new("https://files.slack.com/files-pri/T0LAB0001-F01/answer.pem");
    private FakeSlackApi slack = null!;
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        slack = await FakeSlackApi.StartAsync();
        services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await slack.DisposeAsync();
    }

    [Theory]
    [InlineData("<@U0CERTBOT> certificate 1a2b3c4d", "channel", true)]
    [InlineData("here is the cert", "im", true)]
    [InlineData("here is the cert for <@U0OTHER1>", "channel", false)]
    [InlineData("", "group", false)]
    public void FileShare_IsForTheBot_WhenItMentionsItOrIsADirectMessage(string text, string channelType, bool forTheBot)
    {
        var envelope = SlackJson.TryRead<SlackEventEnvelope>(SlackPayloads.FileShare("Ev1", "U1", "C1", "1700.1", text, "a.pem", Somewhere, 10, channelType: channelType))!;

        Assert.Equal(forTheBot, envelope.IsFileShareForTheBot);
        Assert.Equal(Somewhere.ToString(), envelope.Event!.Files!.Single().UrlPrivate);
    }

    [Fact]
    public async Task File_OutsideTheFilePrefix_IsNotFetched_SoTheTokenGoesNowhereElse()
    {
        var file = (await Downloads().ReadAsync([new SlackFile("F1", "a.pem", "text/plain", 10, "https://evil.example/a.pem", null)], default))!.Single();

        Assert.Null(file.Text);
        Assert.Contains("no file address under", file.Problem, StringComparison.Ordinal);
        Assert.Empty(slack.FileAuthorizations);
    }

    [Fact]
    public async Task LargeFile_IsRefusedFromItsSize_Unread()
    {
        var file = (await Downloads().ReadAsync([new SlackFile("F1", "big.pem", "text/plain", ChatFile.MaxBytes + 1, slack.FileUrl("big.pem").ToString(), null)], default))!.Single();

        Assert.Contains("larger than 64 KB", file.Problem, StringComparison.Ordinal);
        Assert.Empty(slack.FileAuthorizations);
    }

    [Fact]
    public async Task BinaryFile_IsNotPem_AndSaysSo()
    {
        slack.Files["answer.der"] = Encoding.Latin1.GetString([0x30, 0x82, 0x01, 0x0a, 0x00, 0xff, 0xfe]);

        var file = (await Downloads().ReadAsync([new SlackFile("F1", "answer.der", "application/octet-stream", 7, slack.FileUrl("answer.der").ToString(), null)], default))!.Single();

        Assert.Null(file.Text);
        Assert.Contains("not PEM text", file.Problem, StringComparison.Ordinal);
        Assert.Equal(["Bearer xoxb-test"], slack.FileAuthorizations);
    }

    private SlackFileDownloads Downloads() => new(services.GetRequiredService<IHttpClientFactory>(), Options.Create(new SlackOptions
    {
        BotToken = "xoxb-test",
        FileUrlPrefix = new Uri(slack.BaseUrl, "/files/"),
    }));
}
