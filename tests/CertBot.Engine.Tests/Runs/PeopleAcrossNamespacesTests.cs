using CertBot.Engine.Configuration;
using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;

namespace CertBot.Engine.Tests.Runs;

/// <summary>
/// Four-eyes compares people, not principals: a person configured with identities in several namespaces is one
/// requester everywhere. Approver and requester lists take people's names or single identities.
/// </summary>
public sealed class PeopleAcrossNamespacesTests
{
    private static readonly ProcedureRequest Tomcat = ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat);

    private readonly EngineHarness harness = new(lab =>
    {
        lab.People =
        [
            new PersonOptions { Name = "Alice", Identities = ["cli:alice", "slack:UALICE", "aad:AAAA-alice"] },
            new PersonOptions { Name = "Dora", Identities = ["cli:dora", "aad:dddd-dora"] },
        ];
        lab.East = lab.East with { Approvers = ["cli:bob", "slack:UALICE", "aad:AAAA-alice", "Dora"] };
    });

    [Theory]
    [InlineData("slack:UALICE")]
    [InlineData("aad:aaaa-ALICE")]
    public async Task Requester_ApprovingFromAnotherNamespace_IsRefused_AndJournaled(string otherIdentity)
    {
        var id = await harness.RequestAsync(Tomcat, "cli:alice");

        var answer = await harness.ApproveAsync(id, otherIdentity);

        Assert.Equal(AnswerKind.Refused, answer.Kind);
        Assert.Contains("Alice", answer.Message, StringComparison.Ordinal);
        Assert.Contains("requested this run", answer.Message, StringComparison.Ordinal);
        Assert.Equal(RunState.AwaitingApproval, (await harness.RunAsync(id)).State);
        var refused = (await harness.JournalAsync(id))[^1];
        Assert.Equal(JournalKind.Refused, refused.Kind);
        Assert.Equal(Principal.TryParse(otherIdentity, out var p) ? p.ToString() : null, refused.Principal);
    }

    [Fact]
    public async Task ApproverGivenAsAPerson_ApprovesFromAnyOfTheirIdentities_AndTheJournalNamesThem()
    {
        var id = await harness.RequestAsync(Tomcat, "cli:alice");

        var answer = await harness.ApproveAsync(id, "aad:dddd-dora");

        Assert.True(answer.Changed, answer.Message);
        var journal = await harness.JournalAsync(id);
        Assert.Contains(journal, j => j.Kind == JournalKind.Requested && j.Message.Contains("requested by Alice (cli:alice)", StringComparison.Ordinal));
        Assert.Contains(journal, j => j.Kind == JournalKind.Approved && j.Message.Contains("approved by Dora (aad:dddd-dora)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApproverGivenAsAnIdentity_IsThatIdentityOnly()
    {
        // Alice is listed as slack:UALICE, not as the person: her cli identity approves nothing. Bob requests.
        var id = await harness.RequestAsync(Tomcat, "cli:carol");

        Assert.Equal(AnswerKind.Refused, (await harness.ApproveAsync(id, "cli:alice")).Kind);
        Assert.True((await harness.ApproveAsync(id, "slack:UALICE")).Changed);
    }

    [Fact]
    public async Task Requesters_PerCluster_OthersAreRefused_ReadersAreRequestersAndApprovers()
    {
        var restricted = new EngineHarness(lab =>
        {
            lab.People = [new PersonOptions { Name = "Alice", Identities = ["cli:alice", "slack:UALICE"] }];
            lab.East = lab.East with { Requesters = ["Alice"] };
        });

        var byCarol = await restricted.Runs.RequestAsync(Tomcat, "cli:carol", default);
        var byAliceInSlack = await restricted.Runs.RequestAsync(Tomcat, "slack:UALICE", default);

        Assert.Equal(AnswerKind.Refused, byCarol.Kind);
        Assert.Contains("not a requester of lab-east", byCarol.Message, StringComparison.Ordinal);
        Assert.Equal(AnswerKind.Done, byAliceInSlack.Kind);
        var policy = restricted.Engine.Policy;
        Assert.NotNull(policy.RefuseReader(["lab-east"], Who("cli:carol")));
        Assert.Null(policy.RefuseReader(["lab-east"], Who("cli:bob"))); // an approver
        Assert.Null(policy.RefuseReader(["lab-west"], Who("cli:carol"))); // no requesters there: open
        var open = new EngineHarness(lab => lab.East = lab.East with { Requesters = ["cli:alice"], ReadOnlyForEveryone = true });
        Assert.Null(open.Engine.Policy.RefuseReader(["lab-east"], Who("cli:carol")));
        Assert.NotNull(open.Engine.Policy.RefuseRequester(["lab-east"], Who("cli:carol")));
    }

    [Fact]
    public async Task TypedApproval_IsRefused_WithThePlanToReview_AndJournaled()
    {
        var id = await harness.RequestAsync(Tomcat, "cli:alice");
        var gate = await harness.OpenGateAsync(id);

        var answer = await harness.Decisions.DecideAsync(new CertBot.Engine.Runs.Decisions.Decision(RunAction.Approve, id, "cli:bob") { Typed = true }, default);

        Assert.Equal(AnswerKind.Refused, answer.Kind);
        Assert.Contains(gate.PlanHash[..12], answer.Message, StringComparison.Ordinal);
        Assert.Equal(GateState.Open, (await harness.OpenGateAsync(id)).State);
        Assert.Contains("approve (typed) by cli:bob refused", (await harness.JournalAsync(id))[^1].Message, StringComparison.Ordinal);
    }

    private static Principal Who(string text) => CertBot.Engine.Runs.Principal.TryParse(text, out var p) ? p : throw new ArgumentException(text);
}
