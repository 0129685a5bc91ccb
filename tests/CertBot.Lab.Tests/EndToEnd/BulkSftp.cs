using System.Globalization;
using CertBot.Testing;

namespace CertBot.Lab.Tests.EndToEnd;

/// <summary>Answers the prompts of <c>set cert bulk sftp</c> with the lab's SFTP server.</summary>
internal static class BulkSftp
{
    public static async Task ConfigureAsync(OpenSshClient client, LabSftp sftp)
    {
        await client.SendLineAsync("set cert bulk sftp");
        await client.ReadUntilAsync("IP address: ");
        await client.SendLineAsync(sftp.Host);
        await client.ReadUntilAsync("port [22]: ");
        await client.SendLineAsync(sftp.Port.ToString(CultureInfo.InvariantCulture));
        await client.ReadUntilAsync("user name: ");
        await client.SendLineAsync(sftp.Username);
        await client.ReadUntilAsync("password: ");
        await client.SendLineAsync(sftp.Password);
        await client.ReadUntilAsync("directory: ");
        var answer = await client.RunAsync(sftp.Directory);
        Assert.Contains("Successfully configured SFTP server details", answer, StringComparison.Ordinal);
        Assert.DoesNotContain(sftp.Password, answer, StringComparison.Ordinal);
    }
}
