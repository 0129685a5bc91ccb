using CertBot.Testing;

namespace CertBot.Cli.Tests.Support;

/// <summary>Trust changes typed at a lab node as an administrator would (the remedies CertBot advises, a test's own entries).</summary>
public static class LabTrust
{
    /// <summary><c>set cert import trust &lt;unit&gt;</c>, then the PEM pasted line by line.</summary>
    public static async Task ImportAsync(LabFixture lab, string cluster, string node, string unit, string pem)
    {
        await using var ssh = await lab.ConnectAsync(cluster, node);
        await ssh.SendLineAsync($"set cert import trust {unit}");
        await ssh.ReadUntilAsync("Paste the Certificate and Hit Enter");
        foreach (var line in pem.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            await ssh.SendLineAsync(line);
        }

        Assert.Contains($"Successfully imported certificate for {unit}.", await ssh.ReadUntilPromptAsync(), StringComparison.Ordinal);
    }

    /// <summary><c>set cert delete &lt;unit&gt; &lt;file&gt;</c>, answered yes.</summary>
    public static async Task DeleteAsync(LabFixture lab, string cluster, string node, string unit, string file)
    {
        await using var ssh = await lab.ConnectAsync(cluster, node);
        await ssh.SendLineAsync($"set cert delete {unit} {file}");
        await ssh.ReadUntilAsync("(yes|no)? ");
        await ssh.SendLineAsync("yes");
        Assert.Contains($"Successfully deleted certificate {file}", await ssh.ReadUntilPromptAsync(), StringComparison.Ordinal);
    }
}
