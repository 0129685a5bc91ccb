using System.Globalization;

namespace CertBot.Lab.Definition;

/// <summary>
/// Maps nodes and the SFTP server to loopback addresses: <see cref="Prefix"/> + the node's octet, so a test
/// lab on <c>127.0.5.x</c> can run beside a demo lab on <c>127.0.0.x</c>. Every address uses <see cref="Port"/>.
/// </summary>
public sealed class LabAddressPlan
{
    public LabAddressPlan(string prefix = "127.0.0", int port = 22)
    {
        var parts = prefix.Split('.');
        if (parts.Length != 3 || parts.Any(p => !byte.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            throw new ArgumentException($"address prefix '{prefix}' must be three octets such as 127.0.0", nameof(prefix));
        }

        Prefix = prefix;
        Port = port;
    }

    /// <summary>First three octets, e.g. <c>127.0.0</c>.</summary>
    public string Prefix { get; }

    /// <summary>SSH port of every node and of the SFTP server.</summary>
    public int Port { get; }

    /// <summary>Address of a node.</summary>
    public string AddressOf(NodeDefinition node) => AddressOf(node.Octet);

    /// <summary>Address of the SFTP server.</summary>
    public string SftpAddress(LabDefinition definition) => AddressOf(definition.Sftp.Octet);

    private string AddressOf(int octet) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}.{octet}");
}
