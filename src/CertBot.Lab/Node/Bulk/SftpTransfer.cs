using System.Diagnostics;
using CertBot.Lab.State;

namespace CertBot.Lab.Node.Bulk;

/// <summary>
/// Runs the OpenSSH <c>sftp</c> client in batch mode against the configured bulk SFTP server. The password
/// reaches ssh through SSH_ASKPASS (a private script that prints an environment variable of the child),
/// never through a command line or a file; the server's host key is pinned by a known-hosts file.
/// </summary>
internal sealed class SftpTransfer(BulkSftpSettings settings, string? knownHostsFile, string stateDir)
{
    private const string SecretVariable = "CERTBOT_LAB_SFTP_SECRET";

    /// <summary>Runs the batch with <paramref name="localDir"/> as working directory; returns the exit code and stderr.</summary>
    public async Task<(int ExitCode, string Errors)> RunAsync(IEnumerable<string> batch, string localDir, CancellationToken cancellationToken)
    {
        var privateDir = PrivateDirectory.Create();
        try
        {
            var askpass = Path.Combine(privateDir, "askpass");
            File.WriteAllText(askpass, $"#!/bin/sh\nprintf '%s\\n' \"${SecretVariable}\"\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(askpass, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            }

            using var process = Process.Start(CreateStartInfo(askpass, localDir))
                ?? throw new InvalidOperationException("sftp could not be started");
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            foreach (var line in batch)
            {
                await process.StandardInput.WriteLineAsync(line);
            }

            process.StandardInput.Close();
            await process.WaitForExitAsync(cancellationToken);
            await output;
            return (process.ExitCode, await errors);
        }
        finally
        {
            Directory.Delete(privateDir, recursive: true);
        }
    }

    private ProcessStartInfo CreateStartInfo(string askpass, string localDir)
    {
        var pinned = knownHostsFile is not null && File.Exists(knownHostsFile);
        var start = new ProcessStartInfo("sftp")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = localDir,
        };
        string[] arguments =
        [
            "-o", "BatchMode=no",
            "-o", $"StrictHostKeyChecking={(pinned ? "yes" : "accept-new")}",
            "-o", $"UserKnownHostsFile={(pinned ? knownHostsFile : Path.Combine(stateDir, "sftp_known_hosts"))}",
            "-o", "PubkeyAuthentication=no",
            "-o", "PreferredAuthentications=password,keyboard-interactive",
            "-o", "NumberOfPasswordPrompts=1",
            "-o", "ConnectTimeout=10",
            "-P", settings.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-b", "-",
            $"{settings.User}@{settings.Host}",
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["SSH_ASKPASS"] = askpass;
        start.Environment["SSH_ASKPASS_REQUIRE"] = "force";
        start.Environment["DISPLAY"] = ":0";
        start.Environment[SecretVariable] = settings.Password;
        return start;
    }
}
