namespace CertBot.Engine.Planning;

/// <summary>Plans one procedure of procedures.md into the context's <see cref="PlanBuilder"/>.</summary>
public interface IProcedurePlanner
{
    Task PlanAsync(PlanningContext context, CancellationToken cancellationToken);
}
