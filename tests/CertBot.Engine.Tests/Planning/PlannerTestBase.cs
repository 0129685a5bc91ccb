using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;
using CertBot.Engine.Tests.Fakes;

namespace CertBot.Engine.Tests.Planning;

public abstract class PlannerTestBase
{
    protected FakeLab Lab { get; } = new();

    protected FakeTime Time { get; } = new(Certs.Now);

    protected Task<Plan> PlanAsync(ProcedureRequest request) => Lab.Planner(Time).PlanAsync(request, CancellationToken.None);

    /// <summary>The step titles of the non-gate steps, in order.</summary>
    protected static List<string> Titles(Plan plan, StepKind? kind = null) =>
        plan.Steps.Where(s => kind is null ? s.Kind != StepKind.ApprovalGate : s.Kind == kind).Select(s => s.Title).ToList();

    protected static int IndexOf(Plan plan, string title) => plan.Steps.Single(s => s.Title == title).Index;

    protected static void AssertDecision(Plan plan, string text) =>
        Assert.Contains(plan.Decisions, d => d.Text.Contains(text, StringComparison.Ordinal));
}
