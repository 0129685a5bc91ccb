using CertBot.Engine.Renewal;

namespace CertBot.Chat.Views;

/// <summary>One certificate a renewal will install, as the approval card shows it.</summary>
/// <param name="Role">Where it goes: "imp-sub2's cup-xmpp" for a signed certificate, "CA chain into cup-xmpp-trust" for the chain.</param>
public sealed record InstalledCertificate(string Role, CertificateFacts Facts);
