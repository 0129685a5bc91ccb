using CertBot.Engine.Procedures;

namespace CertBot.Chat.Grammar.Commands;

/// <summary><c>renew &lt;unit&gt; on &lt;cluster&gt; [single-node|multi-server]</c>: plans P9, a CA-signed certificate renewed through a CSR.</summary>
/// <param name="Unit">A unit the renewal planner renews (<see cref="Engine.Planning.RenewalPlanner.Renewable"/>).</param>
/// <param name="MultiServer">One multi-server CSR (true), a CSR per node (false), or what the current certificate is (null).</param>
public sealed record RenewCommand(CertificateUnit Unit, string Cluster, bool? MultiServer) : ChatCommand;
