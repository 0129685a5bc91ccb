using CertBot.Engine.Model;

namespace CertBot.Engine.Configuration;

/// <summary>
/// One node of a cluster (<c>CertBot:Clusters[]:Nodes[]</c>): what the engine plans with (name, product, role)
/// and how the platform adapter reaches it. The one model of the section, bound by the options pattern; the
/// engine never reads the connection properties, the adapter never decides with the others.
/// </summary>
public sealed record NodeOptions
{
    public NodeOptions()
    {
    }

    public NodeOptions(string name, Product product, NodeRole role)
    {
        Name = name;
        Product = product;
        Role = role;
    }

    /// <summary>The name procedures and chat use (<c>imp-sub1</c>).</summary>
    public string Name { get; init; } = "";

    public Product Product { get; init; }

    public NodeRole Role { get; init; } = NodeRole.Subscriber;

    /// <summary>Address or host name of the node's SSH service.</summary>
    public string Host { get; init; } = "";

    public int Port { get; init; } = 22;

    /// <summary>The platform (OS administration) user; its name is also the CLI prompt.</summary>
    public string Username { get; init; } = "admin";

    /// <summary>Only for labs (a 0600 file): production passwords come from <see cref="PasswordEnvironmentVariable"/>.</summary>
    public string? Password { get; init; }

    /// <summary>The secret (environment variable) that holds the password.</summary>
    public string? PasswordEnvironmentVariable { get; init; }

    // Per-node SSH options follow: how this node's SSH service is spoken to.

    /// <summary>The pinned host key, <c>SHA256:…</c> as <c>ssh-keygen -lf</c> and <c>certbot trust-host</c> print it.</summary>
    public string? HostKeySha256 { get; init; }

    /// <summary>
    /// Offers, besides the modern defaults, the legacy set CUCM 10.x–12.5 may be limited to: ssh-rsa host keys,
    /// diffie-hellman-group14-sha1, aes128-ctr and hmac-sha1. Never group1-sha1, 3DES or CBC. Off by default.
    /// </summary>
    public bool AllowLegacyHostKeyAlgorithms { get; init; }
}
