using System.Text.Json;
using CertBot.Teams.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Teams.Tests.Protocol;

/// <summary>A personal chat's file attachments: only file.download.info is read, and only from HTTPS (HTTP to loopback only).</summary>
public sealed class FileAttachmentsTests
{
    [Theory]
    [InlineData("http://files.example.com/answer.pem")]
    [InlineData("ftp://127.0.0.1/answer.pem")]
    [InlineData("https://user:secret@contoso.sharepoint.com/answer.pem")]
    [InlineData("not a url")]
    public async Task DownloadUrl_NotHttpsNorLoopback_IsNotFetched(string url)
    {
        using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var content = JsonSerializer.SerializeToElement(new { downloadUrl = url, fileType = "pem" });
        var activity = new Activity { Attachments = [new Attachment(Attachment.FileDownloadInfo, content) { Name = "answer.pem" }] };

        var file = Assert.Single((await new FileAttachments(services.GetRequiredService<IHttpClientFactory>()).ReadAsync(activity, default))!);

        Assert.Null(file.Text);
        Assert.Contains("HTTPS", file.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MessageWithoutFiles_HasNone_AndACardAttachmentIsNoFile()
    {
        using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var activity = new Activity { Attachments = [new Attachment("application/vnd.microsoft.card.adaptive", null)] };

        Assert.Null(await new FileAttachments(services.GetRequiredService<IHttpClientFactory>()).ReadAsync(activity, default));
    }
}
