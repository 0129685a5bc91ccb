using System.Diagnostics;

namespace CertBot.Cisco.Transport.OpenSsh;

/// <summary>
/// What every OpenSSH child process of the adapter shares: a private directory, the host key pinned into a
/// known_hosts file before any login, and the askpass script that hands over the password from the child's
/// environment. Used by the CLI transport (<c>ssh -tt</c>) and the SFTP client (<c>sftp -b</c>).
/// </summary>
internal sealed class OpenSshLogin : IDisposable
{
    private readonly PrivateDirectory _directory = new();
    private readonly HostKeyPinning _pinning;
    private readonly string _askPass;

    public OpenSshLogin(OpenSshSettings settings)
    {
        Settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _pinning = new HostKeyPinning(new HostKeyScanner(settings), _directory);
        _askPass = AskPass.Write(_directory);
    }

    public OpenSshSettings Settings { get; }

    /// <summary>Checks the host key against the pinned fingerprint (nothing is sent on a mismatch) and returns the known_hosts file.</summary>
    public Task<string> PinAsync(SshEndpoint endpoint, CancellationToken cancellationToken) =>
        _pinning.WriteKnownHostsAsync(endpoint, cancellationToken);

    /// <summary>A process of <paramref name="program"/> with its standard streams redirected to us.</summary>
    public static ProcessStartInfo Redirected(string program) => new(program)
    {
        RedirectStandardInput = true,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        UseShellExecute = false,
    };

    /// <summary>Adds the pinning, login and keep-alive options and the askpass environment.</summary>
    public void AddLogin(ProcessStartInfo psi, SshEndpoint endpoint, string knownHosts, bool sftp) =>
        OpenSshArguments.AddCommon(psi, endpoint, knownHosts, _askPass, Settings, sftp);

    public void Dispose() => _directory.Dispose();
}
