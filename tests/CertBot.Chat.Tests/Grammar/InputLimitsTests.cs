using CertBot.Chat.Grammar;
using CertBot.Chat.Grammar.Commands;

namespace CertBot.Chat.Tests.Grammar;

/// <summary>A pasted megabyte is neither echoed back whole in a refusal nor kept whole as a decision's comment.</summary>
public sealed class InputLimitsTests
{
    private static readonly CommandParser Parser = new(["lab-east", "lab-west"]);
    private static readonly string Huge = new('x', 100_000);

    [Theory]
    [InlineData("{0}")]
    [InlineData("regenerate {0} on lab-east")]
    public void Refusal_OfAHugeWord_QuotesOnlyItsStart(string template)
    {
        var result = Parser.Parse(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Huge));

        Assert.False(result.Understood);
        Assert.True(result.Refusal!.Reason.Length < 200, $"the refusal's reason is {result.Refusal.Reason.Length} characters");
        Assert.Contains(new string('x', InputLimits.EchoedWord) + "…", result.Refusal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decision_WithAHugeComment_KeepsOnlyTheCap()
    {
        var result = Parser.Parse("approve r-42 " + Huge);

        var decision = Assert.IsType<DecideRunCommand>(result.Command);
        Assert.Equal(InputLimits.Comment + 1, decision.Comment!.Length);
        Assert.EndsWith("…", decision.Comment, StringComparison.Ordinal);
    }

    [Fact]
    public void Decision_WithAShortComment_KeepsItAsTyped()
    {
        var decision = Assert.IsType<DecideRunCommand>(Parser.Parse("reject r-42: not today").Command);

        Assert.Equal("not today", decision.Comment);
    }
}
