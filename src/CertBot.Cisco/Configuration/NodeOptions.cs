using CertBot.Engine.Model;

namespace CertBot.Cisco.Configuration;

/// <summary>One node of a cluster (<c>CertBot:Clusters[]:Nodes[]</c>).</summary>
public sealed class NodeOptions
{
    /// <summary>The name procedures and chat use (<c>imp-sub1</c>).</summary>
    public string Name { get; set; } = "";

    public string Host { get; set; } = "";

    public int Port { get; set; } = 22;

    public Product? Product { get; set; }

    public NodeRole? Role { get; set; }

    /// <summary>The platform (OS administration) user; its name is also the CLI prompt.</summary>
    public string Username { get; set; } = "admin";

    /// <summary>Only for labs: production passwords come from <see cref="PasswordEnvironmentVariable"/>.</summary>
    public string? Password { get; set; }

    public string? PasswordEnvironmentVariable { get; set; }

    /// <summary>The pinned host key, <c>SHA256:…</c> as <c>ssh-keygen -lf</c> and <c>certbot trust-host</c> print it.</summary>
    public string? HostKeySha256 { get; set; }

    /// <summary>Allows <c>ssh-rsa</c> host keys and SHA-1 key exchange (old releases).</summary>
    public bool AllowLegacyHostKeyAlgorithms { get; set; }
}
