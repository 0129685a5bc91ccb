using Renci.SshNet.Common;

namespace CertBot.Cisco.Transport.SshNet;

/// <summary>
/// Decides in <c>HostKeyReceived</c>, after the key exchange and before authentication, whether the server's
/// key is the pinned one. An untrusted key ends the connection inside SSH.NET, so the password is never sent.
/// </summary>
internal sealed class HostKeyCheck(string? pinned)
{
    /// <summary>The key the server presented, if the key exchange got that far.</summary>
    public OfferedHostKey? Offered { get; private set; }

    public bool Trusted { get; private set; }

    public void OnHostKeyReceived(object? sender, HostKeyEventArgs e)
    {
        Offered = OfferedHostKey.From(e);
        Trusted = pinned is not null && Offered.Matches(pinned);
        e.CanTrust = Trusted;
    }
}
