using System.Diagnostics;
using CertBot.Engine.Nodes;

namespace CertBot.Cisco.Transport.OpenSsh;

/// <summary>
/// <see cref="ICliTransport"/> over the OpenSSH client: the pinned key is checked first (no login on a
/// mismatch), then <c>ssh -tt</c> logs in with the password supplied through SSH_ASKPASS.
/// </summary>
public sealed class OpenSshCliTransport : ICliTransport, IDisposable
{
    private readonly OpenSshLogin _login;

    public OpenSshCliTransport(OpenSshSettings settings)
    {
        _login = new OpenSshLogin(settings);
    }

    public async Task<ICliChannel> OpenShellAsync(SshEndpoint endpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var knownHosts = await _login.PinAsync(endpoint, cancellationToken);
        var psi = OpenSshLogin.Redirected(_login.Settings.SshPath);
        // -tt: a PTY although our stdin is a pipe (the platform CLI needs one); -e none: a '~' at the start of
        // a pasted line must reach the node, not the client's escape handler.
        psi.ArgumentList.Add("-tt");
        psi.ArgumentList.Add("-e");
        psi.ArgumentList.Add("none");
        _login.AddLogin(psi, endpoint, knownHosts, sftp: false);
        psi.ArgumentList.Add("--");
        psi.ArgumentList.Add(endpoint.Host);
        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new InvalidOperationException("ssh did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new NodeException(NodeFailure.Unreachable, endpoint.Name, null, null, $"{endpoint.Name}: cannot run {_login.Settings.SshPath}: {e.Message}", e);
        }

        return new OpenSshChannel(process, knownHosts);
    }

    public void Dispose() => _login.Dispose();
}
