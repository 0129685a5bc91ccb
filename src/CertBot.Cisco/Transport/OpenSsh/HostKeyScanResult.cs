namespace CertBot.Cisco.Transport.OpenSsh;

/// <summary>What ssh-keyscan saw: whether the server answered at all, and the keys it offered.</summary>
public sealed record HostKeyScanResult(bool Reached, IReadOnlyList<HostKey> Keys, string Diagnostics);
