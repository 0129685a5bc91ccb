namespace CertBot.Lab.Launcher;

/// <summary>An sshd host key: the public line clients pin and its fingerprint as <c>ssh-keygen -lf</c> prints it.</summary>
internal sealed record HostKey(string PublicKey, string Sha256)
{
    /// <summary>
    /// Creates a new key pair (replacing any) and reads its fingerprint: ed25519, or RSA for a node that offers
    /// only legacy algorithms (old releases sign with <c>ssh-rsa</c>).
    /// </summary>
    public static async Task<HostKey> CreateAsync(DaemonFiles files, string comment, bool rsa, CancellationToken ct)
    {
        File.Delete(files.HostKey);
        File.Delete(files.HostKeyPublic);
        string[] type = rsa ? ["-t", "rsa", "-b", "2048"] : ["-t", "ed25519"];
        await ExternalTool.RunCheckedAsync(SystemTools.SshKeygen, ["-q", .. type, "-N", "", "-C", comment, "-f", files.HostKey], ct: ct);
        return await ReadAsync(files, ct);
    }

    public static async Task<HostKey> ReadAsync(DaemonFiles files, CancellationToken ct)
    {
        // "256 SHA256:… comment (ED25519)"
        var fingerprint = await ExternalTool.RunCheckedAsync(SystemTools.SshKeygen, ["-lf", files.HostKeyPublic], ct: ct);
        var parts = (await File.ReadAllTextAsync(files.HostKeyPublic, ct)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new HostKey($"{parts[0]} {parts[1]}", fingerprint.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
    }
}
