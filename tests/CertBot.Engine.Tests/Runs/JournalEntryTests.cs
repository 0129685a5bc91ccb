using CertBot.Engine.Runs;

namespace CertBot.Engine.Tests.Runs;

/// <summary>A journal line equals another by value, its changes compared element by element.</summary>
public sealed class JournalEntryTests
{
    private static readonly Guid Run = Guid.Parse("1a2b3c4d-0000-4000-8000-000000000001");
    private static readonly DateTimeOffset At = new(2026, 12, 5, 8, 0, 0, TimeSpan.Zero);

    private static JournalEntry Line(params NodeChange[] changes) =>
        new(Run, 3, At, JournalKind.StepSucceeded, "step 2 verified", 1, Changes: changes.ToList());

    [Fact]
    public void LinesWithEqualChangesInOtherLists_AreEqual()
    {
        var a = Line(new NodeChange(ChangeKind.Regenerated, "cucm-pub", "tomcat", "0A", At, "7C", At.AddYears(5)));
        var b = Line(new NodeChange(ChangeKind.Regenerated, "cucm-pub", "tomcat", "0A", At, "7C", At.AddYears(5)));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void LinesThatDifferInAChange_OrInAnyField_AreNotEqual()
    {
        var a = Line(new NodeChange(ChangeKind.Regenerated, "cucm-pub", "tomcat", "0A", At, "7C", At.AddYears(5)));

        Assert.NotEqual(a, Line(new NodeChange(ChangeKind.Regenerated, "cucm-pub", "tomcat", "0A", At, "7D", At.AddYears(5))));
        Assert.NotEqual(a, Line());
        Assert.NotEqual(a, a with { Message = "other" });
        Assert.NotEqual(a, a with { OutputTail = "tail" });
        Assert.False(a.Equals(null));
    }
}
