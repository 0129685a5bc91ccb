namespace CertBot.Engine.Planning;

/// <summary>A check that shaped the plan, and what it decided ("cup-xmpp is CA-signed on imp-sub2: not regenerated").</summary>
/// <param name="Subject">The node, cluster or certificate the decision is about.</param>
public sealed record PlanDecision(string Subject, string Text)
{
    public override string ToString() => $"{Subject}: {Text}";
}
