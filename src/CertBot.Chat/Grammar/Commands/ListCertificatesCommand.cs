namespace CertBot.Chat.Grammar.Commands;

/// <summary><c>certs &lt;cluster&gt; [expiring &lt;days&gt;]</c>: the certificate inventory of one cluster (read-only).</summary>
/// <param name="ExpiringWithinDays">
/// Only certificates that expire within this many days (0 = already expired); null lists every certificate.
/// </param>
public sealed record ListCertificatesCommand(string Cluster, int? ExpiringWithinDays) : ChatCommand;
