using System.Text.Json;
using CertBot.Chat.Views;
using CertBot.Slack.BlockKit;
using CertBot.Slack.Rendering;
using CertBot.Slack.Tests.Support;

namespace CertBot.Slack.Tests.Rendering;

public sealed class SlackRendererTests
{
    private static JsonElement Json(SlackMessage message) => JsonDocument.Parse(BlockKitJson.Serialize(message.Blocks)).RootElement;

    [Theory]
    [MemberData(nameof(SampleViews.Names), MemberType = typeof(SampleViews))]
    public void Render_OrdinaryView_IsWithinSlackLimits(string name)
    {
        var message = SlackRenderer.Render(SampleViews.Named(name, huge: false));
        Assert.Empty(BlockKitLimitCheck.Problems(Json(message)));
        Assert.InRange(message.Text.Length, 1, BlockKitLimits.MessageText);
    }

    [Fact]
    public void Help_PlaceholdersInCode_AreEscapedOnceAsSlackAsks()
    {
        // Slack reads &lt; and &gt; as < and > in every text, code included; a raw "<cluster>" would be taken for a link.
        var message = SlackRenderer.Render(new TextView("- " + Chat.Grammar.CommandUsage.Certs));
        var text = Json(message)[0].GetProperty("text").GetProperty("text").GetString()!;

        Assert.Equal("- `certs &lt;cluster&gt; [expiring &lt;days&gt;]`", text);
    }

    [Fact]
    public void Plan_EstimateReadsAsMinutes_ProgressStepsAsSeconds()
    {
        var plan = JsonSerializer.Serialize(Json(SlackRenderer.Render(SampleViews.Named("plan", huge: false) is PlanView p ? p with { EstimatedDuration = TimeSpan.FromMinutes(21) } : throw new InvalidOperationException())));
        Assert.Contains("about 21 min", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("21:00", plan, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SampleViews.Names), MemberType = typeof(SampleViews))]
    public void Render_OversizedView_IsCutToSlackLimitsAndKeepsItsButtons(string name)
    {
        var view = SampleViews.Named(name, huge: true);
        var message = SlackRenderer.Render(view);
        var json = Json(message);
        Assert.Empty(BlockKitLimitCheck.Problems(json));
        var buttons = json.EnumerateArray().Where(b => b.GetProperty("type").GetString() == "actions").SelectMany(b => b.GetProperty("elements").EnumerateArray()).Count();
        var expected = view switch
        {
            PlanView p => p.Actions.Count,
            GateView g => g.Actions.Count,
            FailureView f => f.Actions.Count,
            SummaryView s => s.Actions.Count,
            ExpiryView e => e.Actions.Count,
            _ => 0,
        };
        Assert.Equal(expected, buttons);
    }

    [Fact]
    public void Render_PlanWithManySteps_SaysHowManyBlocksWereLeftOut()
    {
        var message = SlackRenderer.Render(SampleViews.Plan(400, 500));
        Assert.Equal(BlockKitLimits.Blocks, message.Blocks.Count);
        Assert.IsType<ActionsBlock>(message.Blocks[^1]);
        var omitted = Assert.IsType<ContextBlock>(message.Blocks[^2]);
        Assert.Contains("more not shown", omitted.Elements[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OpenGate_HasApproveAndRejectWithAConfirmDialogOnApprove()
    {
        var json = Json(SlackRenderer.Render(SampleViews.OpenGate()));
        var buttons = json.EnumerateArray().Single(b => b.GetProperty("type").GetString() == "actions").GetProperty("elements").EnumerateArray().ToList();
        Assert.Equal(["approve", "reject"], buttons.Select(b => b.GetProperty("action_id").GetString()));
        Assert.Equal("primary", buttons[0].GetProperty("style").GetString());
        Assert.Equal("danger", buttons[1].GetProperty("style").GetString());
        Assert.Equal("Approve this run?", buttons[0].GetProperty("confirm").GetProperty("title").GetProperty("text").GetString());
        var data = JsonSerializer.Deserialize<Dictionary<string, string>>(buttons[0].GetProperty("value").GetString()!)!;
        Assert.Equal(SampleViews.RunId.ToString("D"), data[ChatVerbs.RunKey]);
        Assert.Equal(SampleViews.GateId.ToString("D"), data[ChatVerbs.GateKey]);
    }

    [Fact]
    public void Render_OpenApproval_HasACommentInputAndTheDecidedOneHasNone()
    {
        var open = Assert.Single(SlackRenderer.Render(SampleViews.OpenGate()).Blocks.OfType<InputBlock>());
        Assert.Equal("comment", open.Element.ActionId);
        Assert.True(open.Optional);
        Assert.DoesNotContain(SlackRenderer.Render(SampleViews.DecidedGate()).Blocks, b => b is InputBlock);
        Assert.DoesNotContain(SlackRenderer.Render(SampleViews.OpenGate() with { IsConfirmation = true }).Blocks, b => b is InputBlock);
    }

    [Fact]
    public void Render_DecidedGate_HasNoButtonsAndSaysWhoDecidedWhen()
    {
        var message = SlackRenderer.Render(SampleViews.DecidedGate());
        Assert.DoesNotContain(message.Blocks, b => b is ActionsBlock);
        var outcome = Assert.Single(message.Blocks.OfType<SectionBlock>(), b => b.BlockId == "outcome");
        Assert.Equal(":white_check_mark: Approved by <@UAPP> at 2026-11-22 06:10", outcome.Text!.Text);
    }

    [Fact]
    public void Render_Failure_HasRetrySkipAbortAndAConfirmDialogOnSkip()
    {
        var json = Json(SlackRenderer.Render(SampleViews.Failure()));
        var buttons = json.EnumerateArray().Single(b => b.GetProperty("type").GetString() == "actions").GetProperty("elements").EnumerateArray().ToList();
        Assert.Equal(["retry", "skip", "abort"], buttons.Select(b => b.GetProperty("action_id").GetString()));
        Assert.False(buttons[0].TryGetProperty("confirm", out _));
        Assert.Equal("Skip this step?", buttons[1].GetProperty("confirm").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("danger", buttons[2].GetProperty("style").GetString());
    }

    [Fact]
    public void Render_TextFromANode_IsEscapedButMentionsStay()
    {
        var message = SlackRenderer.Render(new TextView("**Refused** for <@UREQ>: <script> & `a>b`"));
        var section = Assert.IsType<SectionBlock>(Assert.Single(message.Blocks));
        Assert.Equal("*Refused* for <@UREQ>: &lt;script&gt; &amp; `a&gt;b`", section.Text!.Text);
    }

    [Fact]
    public void Render_Progress_ShowsEveryStepWithItsMarkAndTheCount()
    {
        var message = SlackRenderer.Render(SampleViews.Progress());
        var text = string.Join("\n", message.Blocks.OfType<SectionBlock>().Select(s => s.Text!.Text));
        Assert.Contains("2/6 steps", text, StringComparison.Ordinal);
        Assert.Contains("✓ 1. Step 1", text, StringComparison.Ordinal);
        Assert.Contains("· 6. Step 6", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TwoButtonsWithTheSameVerb_GetDistinctActionIdsThatMapBack()
    {
        var data = new Dictionary<string, string>();
        var view = SampleViews.Failure() with { Actions = [new ViewAction("Retry", ChatVerbs.Retry, data), new ViewAction("Retry again", ChatVerbs.Retry, data)] };
        var ids = Json(SlackRenderer.Render(view)).EnumerateArray().Single(b => b.GetProperty("type").GetString() == "actions")
            .GetProperty("elements").EnumerateArray().Select(b => b.GetProperty("action_id").GetString()!).ToList();
        Assert.Equal(["retry", "retry#2"], ids);
        Assert.All(ids, id => Assert.Equal(ChatVerbs.Retry, SlackActionIds.VerbOf(id)));
    }
}
