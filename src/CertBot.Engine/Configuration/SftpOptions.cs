namespace CertBot.Engine.Configuration;

/// <summary>
/// <c>CertBot:Sftp</c>: the SFTP server of bulk certificate exchange. The engine plans with its address and
/// directory; the adapter connects to it with the pinned key. The password is a secret: production names the
/// variable that holds it (<see cref="PasswordEnvironmentVariable"/>), a lab writes it into its own 0600 file.
/// </summary>
public sealed record SftpOptions
{
    /// <summary>The secret name under which the password is found when it is written in a lab's file.</summary>
    public const string PasswordKey = "CertBot:Sftp:Password";

    public string Host { get; init; } = "";

    public int Port { get; init; } = 22;

    public string Username { get; init; } = "";

    /// <summary>Only for labs: production passwords come from <see cref="PasswordEnvironmentVariable"/>.</summary>
    public string? Password { get; init; }

    public string? PasswordEnvironmentVariable { get; init; }

    public string Directory { get; init; } = "/";

    public string? HostKeySha256 { get; init; }

    /// <summary>
    /// The password the platform protects its bulk PKCS12 files with (integrity MAC and encrypted certificate
    /// bags), to read what an export holds; null reads unprotected files. No public source names CUCM's.
    /// </summary>
    public string? FilePassword { get; init; }

    /// <summary>As <see cref="NodeOptions.AllowLegacyHostKeyAlgorithms"/>, for the bulk SFTP server.</summary>
    public bool AllowLegacyHostKeyAlgorithms { get; init; }

    /// <summary>The name the secret source resolves to the password (the variable, else the lab file's key).</summary>
    public string PasswordSecret => PasswordEnvironmentVariable is { Length: > 0 } variable ? variable : PasswordKey;
}
