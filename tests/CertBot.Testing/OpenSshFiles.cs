using System.Diagnostics;
using System.Globalization;

namespace CertBot.Testing;

/// <summary>
/// Per-client private files: a known_hosts file holding only the endpoint's host key, and an askpass
/// script that prints the password from the client's environment (never from a file or an argument).
/// The directory is readable by its owner only and removed on dispose.
/// </summary>
internal sealed class OpenSshFiles : IDisposable
{
    private const string PasswordVariable = "CERTBOT_TEST_SSH_PASSWORD";

    public OpenSshFiles(SshEndpoint endpoint)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("certbot-ssh-").FullName;
        File.SetUnixFileMode(Directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        KnownHosts = Path.Combine(Directory, "known_hosts");
        var host = endpoint.Port == 22 ? endpoint.Host : string.Create(CultureInfo.InvariantCulture, $"[{endpoint.Host}]:{endpoint.Port}");
        File.WriteAllText(KnownHosts, $"{host} {endpoint.HostKey}\n");
        AskPass = Path.Combine(Directory, "askpass");
        File.WriteAllText(AskPass, $"#!/bin/sh\nprintf '%s\\n' \"${PasswordVariable}\"\n");
        File.SetUnixFileMode(AskPass, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public string Directory { get; }

    public string KnownHosts { get; }

    public string AskPass { get; }

    /// <summary>Options shared by ssh and sftp: no user configuration, pinned key, password only.</summary>
    public void Configure(ProcessStartInfo start, SshEndpoint endpoint, bool sftp)
    {
        start.ArgumentList.Add("-F");
        start.ArgumentList.Add("/dev/null");
        start.ArgumentList.Add(sftp ? "-P" : "-p");
        start.ArgumentList.Add(endpoint.Port.ToString(CultureInfo.InvariantCulture));
        foreach (var option in new[]
        {
            "StrictHostKeyChecking=yes", $"UserKnownHostsFile={KnownHosts}", "GlobalKnownHostsFile=/dev/null",
            "UpdateHostKeys=no", "LogLevel=ERROR", "ConnectTimeout=10", "ServerAliveInterval=15",
            $"PreferredAuthentications={endpoint.PreferredAuthentications}", "PubkeyAuthentication=no",
            "NumberOfPasswordPrompts=1", "ControlMaster=no", "ControlPath=none",
            // The lab's legacy-only node (lab-west/cucm-sub1) offers nothing newer; appended last, these never
            // replace a modern algorithm another node offers.
            "HostKeyAlgorithms=+ssh-rsa", "KexAlgorithms=+diffie-hellman-group14-sha1",
        })
        {
            start.ArgumentList.Add("-o");
            start.ArgumentList.Add(option);
        }

        // askpass without a terminal needs SSH_ASKPASS_REQUIRE=force (OpenSSH 8.4+) and no BatchMode.
        start.Environment["SSH_ASKPASS"] = AskPass;
        start.Environment["SSH_ASKPASS_REQUIRE"] = "force";
        start.Environment[PasswordVariable] = endpoint.Password;
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A client still exiting may hold the directory for a moment; the temp directory is cleaned by the OS.
        }
    }
}
