using CertBot.Engine.Runs;

namespace CertBot.Engine.Tests.Runs;

public sealed class RunLifecycleTests
{
    [Fact]
    public void AwaitingApproval_AllowsApproveConfirmRejectCancelProvide()
    {
        Assert.Equal([RunAction.Approve, RunAction.Reject, RunAction.Confirm, RunAction.Cancel, RunAction.Provide], RunLifecycle.Allowed(RunState.AwaitingApproval));
    }

    [Theory]
    [InlineData(RunAction.Approve, GateKind.Approval, true)]
    [InlineData(RunAction.Reject, GateKind.Approval, true)]
    [InlineData(RunAction.Confirm, GateKind.Approval, false)]
    [InlineData(RunAction.Approve, GateKind.Confirmation, false)]
    [InlineData(RunAction.Reject, GateKind.Confirmation, false)]
    [InlineData(RunAction.Confirm, GateKind.Confirmation, true)]
    [InlineData(RunAction.Cancel, GateKind.Approval, true)]
    [InlineData(RunAction.Cancel, GateKind.Confirmation, true)]
    public void AtAnOpenGate_OnlyTheDecisionsThatFitItsKindAreAllowed(RunAction action, GateKind gate, bool allowed)
    {
        Assert.Equal(allowed, RunLifecycle.IsAllowed(RunState.AwaitingApproval, action, gate));
        Assert.Equal(allowed, RunLifecycle.Allowed(RunState.AwaitingApproval, gate).Contains(action));
    }

    [Fact]
    public void GateKind_NeverAllowsWhatTheStateForbids()
    {
        Assert.False(RunLifecycle.IsAllowed(RunState.Paused, RunAction.Approve, GateKind.Approval));
        Assert.False(RunLifecycle.IsAllowed(RunState.Cancelled, RunAction.Confirm, GateKind.Confirmation));
    }

    [Fact]
    public void PausedAndInterrupted_AllowRetrySkipAbortCancel()
    {
        Assert.Equal([RunAction.Retry, RunAction.Skip, RunAction.Abort, RunAction.Cancel], RunLifecycle.Allowed(RunState.Interrupted));
        Assert.Contains(RunAction.OverrideWindow, RunLifecycle.Allowed(RunState.Paused));
    }

    [Theory]
    [InlineData(RunState.Succeeded)]
    [InlineData(RunState.Failed)]
    [InlineData(RunState.Cancelled)]
    public void FinalStates_AllowNothing(RunState state)
    {
        Assert.Empty(RunLifecycle.Allowed(state));
        Assert.All(Enum.GetValues<RunAction>(), a => Assert.Null(RunLifecycle.Next(state, a)));
    }

    [Fact]
    public void Running_CancelIsRecordedNotImmediate_StopAtBoundaryCancels()
    {
        Assert.Equal(RunState.Running, RunLifecycle.Next(RunState.Running, RunAction.Cancel));
        Assert.Equal(RunState.Cancelled, RunLifecycle.Next(RunState.Running, RunAction.StopAtBoundary));
        Assert.Null(RunLifecycle.Next(RunState.Running, RunAction.Retry));
        Assert.Null(RunLifecycle.Next(RunState.AwaitingApproval, RunAction.Skip));
    }

    [Fact]
    public void Mermaid_DrawsEveryMove()
    {
        var diagram = RunLifecycle.ToMermaid();

        Assert.StartsWith("stateDiagram-v2", diagram, StringComparison.Ordinal);
        Assert.Contains("Running --> Paused : Fail", diagram, StringComparison.Ordinal);
        Assert.Contains("Running --> Interrupted : Interrupt", diagram, StringComparison.Ordinal);
        Assert.Contains("Succeeded --> [*]", diagram, StringComparison.Ordinal);
        Assert.DoesNotContain("Running --> Running", diagram, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aad:0000-1111", "aad", "0000-1111")]
    [InlineData("SLACK:U123", "slack", "U123")]
    [InlineData("cli:bob", "cli", "bob")]
    public void Principal_ParsesTheThreeKinds(string text, string kind, string id)
    {
        Assert.True(Principal.TryParse(text, out var principal));
        Assert.Equal(new Principal(kind, id), principal);
    }

    [Theory]
    [InlineData("bob")]
    [InlineData("ldap:bob")]
    [InlineData("cli:")]
    [InlineData(":bob")]
    public void Principal_RefusesAnythingElse(string text) => Assert.False(Principal.TryParse(text, out _));
}
