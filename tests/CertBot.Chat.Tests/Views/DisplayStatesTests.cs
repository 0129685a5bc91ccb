using CertBot.Chat.Views;
using CertBot.Engine.Runs;

namespace CertBot.Chat.Tests.Views;

public sealed class DisplayStatesTests
{
    [Fact]
    public void EveryEngineState_HasChatWords()
    {
        // A state added to the engine must get a display state here, not an exception on the first card.
        foreach (var state in Enum.GetValues<RunState>())
        {
            Assert.False(string.IsNullOrWhiteSpace(state.Display().Words()));
        }

        foreach (var status in Enum.GetValues<StepStatus>())
        {
            Assert.NotEqual("", status.Display().Mark());
        }

        foreach (var cause in Enum.GetValues<PauseCause>())
        {
            Assert.False(string.IsNullOrWhiteSpace(cause.Display().Words()));
        }
    }

    [Theory]
    [InlineData(RunState.Planned, RunDisplayState.Waiting)]
    [InlineData(RunState.AwaitingApproval, RunDisplayState.Waiting)]
    [InlineData(RunState.Running, RunDisplayState.Running)]
    [InlineData(RunState.Paused, RunDisplayState.Decision)]
    [InlineData(RunState.Interrupted, RunDisplayState.Decision)]
    [InlineData(RunState.Succeeded, RunDisplayState.Succeeded)]
    [InlineData(RunState.Failed, RunDisplayState.Failed)]
    [InlineData(RunState.Cancelled, RunDisplayState.Cancelled)]
    public void RunStates_FoldIntoWhatAPersonNeedsToKnow(RunState state, RunDisplayState shown)
    {
        Assert.Equal(shown, state.Display());
    }

    [Theory]
    [InlineData(RunDisplayState.Waiting, false)]
    [InlineData(RunDisplayState.Running, false)]
    [InlineData(RunDisplayState.Decision, true)]
    [InlineData(RunDisplayState.Succeeded, false)]
    [InlineData(RunDisplayState.Failed, true)]
    [InlineData(RunDisplayState.Cancelled, false)]
    public void NeedsAttention_OnlyWhenAPersonMustLook(RunDisplayState state, bool attention)
    {
        Assert.Equal(attention, state.NeedsAttention());
    }

    [Theory]
    [InlineData(PauseCause.None, "Step failed")]
    [InlineData(PauseCause.StepFailed, "Step failed")]
    [InlineData(PauseCause.OutsideWindow, "Held by the maintenance window")]
    [InlineData(PauseCause.Interrupted, "Run interrupted")]
    public void PauseCauses_AreHeadedInWords(PauseCause cause, string heading)
    {
        Assert.Equal(heading, cause.Display().Words());
    }

    [Fact]
    public void AStateOutsideTheEnum_IsRefusedNotShownAsANumber()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((RunState)99).Display());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((StepStatus)99).Display());
    }
}
