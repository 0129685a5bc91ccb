using CertBot.Engine.Runs;

namespace CertBot.Storage.Tests;

/// <summary>The evidence of a run: what each step's success verified on each node, kept in the journal.</summary>
public abstract partial class EngineStoreContract
{
    [Fact]
    public async Task Journal_KeepsTheChangesAStepVerified_FieldForField()
    {
        var run = await Store.CreateAsync(TestRuns.Create(TestRuns.Planned()), default);
        await Store.CommitAsync(new RunChange(run, TestRuns.Now.AddSeconds(9))
            .Journal(JournalKind.StepSucceeded, "step 2 verified", 1, changes: JournalEvidence.Changes)
            .Journal(JournalKind.StepSucceeded, "step 3 verified", 2, changes: [])
            .ToUpdate(), default);

        var journal = await Store.JournalOfAsync(run.Id, default);

        Assert.Equal(JournalEvidence.Changes, journal[1].Changes);
        Assert.Null(journal[0].Changes);
        Assert.Null(journal[2].Changes); // a step that changed nothing keeps no empty list
    }
}
