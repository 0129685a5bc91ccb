using CertBot.Teams.Cards;
using CertBot.Teams.Tests.Support;

namespace CertBot.Teams.Tests.Cards;

/// <summary>The model's JSON as Microsoft's own Adaptive Cards renderer reads it: no warning of any kind.</summary>
public sealed class RendererCheckTests
{
    [Fact]
    public async Task SampleCards_ParseInTheOfficialRendererWithoutWarnings()
    {
        var results = await AdaptiveCardsRenderer.CheckAsync(new Dictionary<string, AdaptiveCard>
        {
            ["every element"] = SampleCards.EveryElement(),
            ["approval"] = SampleCards.Approval(),
            ["empty"] = new AdaptiveCard(),
        });

        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.True(r.Value.Count == 0, $"{r.Key}: {string.Join("; ", r.Value)}"));
    }

    [Fact]
    public async Task Check_CardWithAProblem_IsReported()
    {
        // Two inputs with one id: the check must see it, or a clean result above proves nothing.
        var broken = new AdaptiveCard { Body = [new TextInput("comment"), new TextInput("comment")] };

        var results = await AdaptiveCardsRenderer.CheckAsync(new Dictionary<string, AdaptiveCard> { ["broken"] = broken });

        Assert.Contains(results["broken"], e => e.Contains("comment", StringComparison.Ordinal));
    }
}
