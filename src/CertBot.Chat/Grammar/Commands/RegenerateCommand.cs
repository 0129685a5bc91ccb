using CertBot.Engine.Procedures;

namespace CertBot.Chat.Grammar.Commands;

/// <summary><c>regenerate &lt;unit&gt; on &lt;cluster&gt;</c>: plans the regeneration of one identity certificate.</summary>
/// <param name="Unit">A unit whose regeneration a procedure supports (<see cref="CertificateUnit.RegenerableOn"/>).</param>
/// <param name="Product">
/// The product the user named (or the only one the unit can be regenerated on); null means every product of
/// the cluster on which the unit can be regenerated (tomcat on CUCM and IM and Presence).
/// </param>
/// <param name="Mixed">The choice for a mixed cluster, when the user named one (<c>all-but-it</c>, as the plan card spells it).</param>
public sealed record RegenerateCommand(CertificateUnit Unit, string Cluster, Engine.Model.Product? Product, MixedChoice? Mixed = null) : ChatCommand;
