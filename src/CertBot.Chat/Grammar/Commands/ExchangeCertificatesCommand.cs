namespace CertBot.Chat.Grammar.Commands;

/// <summary>
/// <c>exchange certificates from &lt;source&gt; to &lt;destination&gt;</c>: plans the bulk certificate exchange that lets
/// the source cluster's phones move to the destination cluster. Direction matters, so both are named.
/// </summary>
public sealed record ExchangeCertificatesCommand(string Source, string Destination) : ChatCommand;
