using CertBot.Slack.BlockKit;

namespace CertBot.Slack.Tests.BlockKit;

public sealed class BlockKitJsonTests
{
    [Fact]
    public void Serialize_WritesSlackNamesTypesAndNoNulls()
    {
        Block[] blocks =
        [
            HeaderBlock.Of("Plan"),
            new ActionsBlock([new ButtonElement(TextObject.Plain("Approve", 75), "approve", "{}", ButtonElement.Primary,
                ConfirmationDialog.Of("Sure?", "Really", "Yes", danger: false))]) { BlockId = "gate" },
            new DividerBlock(),
        ];
        Assert.Equal(
            """[{"type":"header","text":{"type":"plain_text","text":"Plan"}},{"type":"actions","elements":[{"type":"button","text":{"type":"plain_text","text":"Approve"},"action_id":"approve","value":"{}","style":"primary","confirm":{"title":{"type":"plain_text","text":"Sure?"},"text":{"type":"plain_text","text":"Really"},"confirm":{"type":"plain_text","text":"Yes"},"deny":{"type":"plain_text","text":"Cancel"},"style":"primary"}}],"block_id":"gate"},{"type":"divider"}]""",
            BlockKitJson.Serialize(blocks));
    }

    [Theory]
    [InlineData(10, 10)]
    [InlineData(11, 10)]
    [InlineData(5000, 3000)]
    public void Cut_LongText_EndsWithAnEllipsisWithinTheLimit(int length, int max)
    {
        var cut = BlockKitLimits.Cut(new string('x', length), max);
        Assert.Equal(Math.Min(length, max), cut.Length);
        Assert.Equal(length > max, cut.EndsWith('…'));
    }

    [Fact]
    public void Cut_AtASurrogatePair_NeverSplitsIt()
    {
        var cut = BlockKitLimits.Cut(new string('x', 8) + "😀😀", 10);
        Assert.Equal(new string('x', 8) + "…", cut);
    }

    [Fact]
    public void Fit_SixtyBlocks_KeepsTheHeadAndTheButtonsWithinFifty()
    {
        var blocks = Enumerable.Range(0, 59).Select(i => (Block)SectionBlock.Markdown($"line {i}")).Append(new ActionsBlock([])).ToList();
        var fitted = BlockKitLimits.Fit(blocks);
        Assert.Equal(50, fitted.Count);
        Assert.Equal("line 0", ((SectionBlock)fitted[0]).Text!.Text);
        Assert.Equal("… 11 more not shown (Slack shows at most 50 blocks per message)", ((ContextBlock)fitted[48]).Elements[0].Text);
        Assert.IsType<ActionsBlock>(fitted[49]);
    }
}
