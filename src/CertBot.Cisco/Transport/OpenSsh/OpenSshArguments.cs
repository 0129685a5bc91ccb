using System.Diagnostics;
using System.Globalization;

namespace CertBot.Cisco.Transport.OpenSsh;

/// <summary>
/// The options every ssh and sftp run gets. <c>-F /dev/null</c> and explicit known_hosts files keep the
/// user's own <c>~/.ssh</c> configuration and known hosts out of the picture; no agent, no forwarding, no
/// keys: password or keyboard-interactive through SSH_ASKPASS only.
/// </summary>
public static class OpenSshArguments
{
    public static void AddCommon(ProcessStartInfo psi, SshEndpoint endpoint, string knownHostsFile, string askPassPath, OpenSshSettings settings, bool sftp)
    {
        ArgumentNullException.ThrowIfNull(psi);
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(settings);
        var args = psi.ArgumentList;
        args.Add("-F");
        args.Add("/dev/null");
        args.Add(sftp ? "-P" : "-p");
        args.Add(endpoint.Port.ToString(CultureInfo.InvariantCulture));
        foreach (var option in Options(endpoint, knownHostsFile, settings))
        {
            args.Add("-o");
            args.Add(option);
        }

        // The child's environment is the only place the password exists outside this process.
        psi.Environment.Remove("SSH_AUTH_SOCK");
        psi.Environment.Remove("DISPLAY");
        psi.Environment["SSH_ASKPASS"] = askPassPath;
        psi.Environment["SSH_ASKPASS_REQUIRE"] = "force";
        psi.Environment[AskPass.SecretVariable] = endpoint.Password;
    }

    public static IEnumerable<string> Options(SshEndpoint endpoint, string knownHostsFile, OpenSshSettings settings)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(settings);
        yield return "User=" + endpoint.Username;
        yield return "StrictHostKeyChecking=yes";
        yield return "UserKnownHostsFile=" + knownHostsFile;
        yield return "GlobalKnownHostsFile=/dev/null";
        yield return "UpdateHostKeys=no";
        yield return "CheckHostIP=no";
        yield return "LogLevel=ERROR";
        yield return "ConnectTimeout=" + Seconds(settings.ConnectTimeout);
        yield return "ServerAliveInterval=" + Seconds(settings.KeepAliveInterval);
        yield return "ServerAliveCountMax=" + settings.KeepAliveCountMax.ToString(CultureInfo.InvariantCulture);
        yield return "PreferredAuthentications=keyboard-interactive,password";
        yield return "KbdInteractiveAuthentication=yes";
        yield return "PasswordAuthentication=yes";
        yield return "PubkeyAuthentication=no";
        yield return "HostbasedAuthentication=no";
        yield return "GSSAPIAuthentication=no";
        yield return "NumberOfPasswordPrompts=1";
        yield return "IdentityAgent=none";
        yield return "ForwardAgent=no";
        yield return "ForwardX11=no";
        yield return "ClearAllForwardings=yes";
        yield return "ControlMaster=no";
        yield return "ControlPath=none";
        if (endpoint.AllowLegacyAlgorithms)
        {
            // Old platforms (CUCM 11.5 ran OpenSSH 5.3) offer only these.
            yield return "HostKeyAlgorithms=+ssh-rsa,ssh-dss";
            yield return "KexAlgorithms=+diffie-hellman-group14-sha1,diffie-hellman-group1-sha1";
            yield return "Ciphers=+aes128-cbc,aes256-cbc,3des-cbc";
        }
    }

    private static string Seconds(TimeSpan value) => Math.Max(1, (int)Math.Ceiling(value.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
