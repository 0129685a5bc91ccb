using System.Diagnostics;
using CertBot.Cisco.Transport.OpenSsh;

namespace CertBot.Cisco.Tests.Transport;

public sealed class PrivateFilesTests
{
    [Fact]
    public async Task AskPass_IsPrivateAndPrintsThePasswordFromItsEnvironment()
    {
        using var directory = new PrivateDirectory();

        var script = AskPass.Write(directory);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(directory.Path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(script));
        var psi = new ProcessStartInfo(script) { RedirectStandardOutput = true };
        psi.ArgumentList.Add("admin@127.0.3.11's password: ");
        psi.Environment[AskPass.SecretVariable] = "pa ss'wo\"rd$1";
        using var process = Process.Start(psi)!;
        var printed = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal("pa ss'wo\"rd$1\n", printed);
        Assert.DoesNotContain("pa ss", await File.ReadAllTextAsync(script), StringComparison.Ordinal);
    }

    [Fact]
    public void PrivateDirectory_Dispose_RemovesEverything()
    {
        var directory = new PrivateDirectory();
        directory.WriteFile("known_hosts", "x");

        directory.Dispose();

        Assert.False(Directory.Exists(directory.Path));
    }

    [Fact]
    public async Task HostKey_Fingerprint_EqualsWhatSshKeygenPrints()
    {
        using var directory = new PrivateDirectory();
        var keyFile = Path.Combine(directory.Path, "key");
        await Run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", keyFile);
        var expected = (await Run("ssh-keygen", "-lf", keyFile + ".pub")).Split(' ')[1];
        var pub = (await File.ReadAllTextAsync(keyFile + ".pub")).Split(' ');

        var key = new HostKey(pub[0], pub[1]);

        Assert.Equal(expected, key.Fingerprint);
        Assert.True(key.Matches(" " + expected + " "));
    }

    private static async Task<string> Run(string program, params string[] args)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var process = Process.Start(psi)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
        return output;
    }
}
