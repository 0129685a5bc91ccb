using CertBot.Slack.Inbound;
using CertBot.Slack.Rendering;
using CertBot.Slack.Tests.Support;

namespace CertBot.Slack.Tests.Inbound;

public sealed class InboundParsingTests
{
    [Theory]
    [InlineData("<@U0BOT123> regenerate tomcat on lab-east", "regenerate tomcat on lab-east")]
    [InlineData("  <@U0BOT123|certbot>, <@W0OTHER1>: status", "status")]
    [InlineData("<@U0BOT123> certs lab-east &lt;30 days&gt; &amp; more", "certs lab-east <30 days> & more")]
    [InlineData("approve 1a2b3c4d <@U0BOT123>", "approve 1a2b3c4d <@U0BOT123>")]
    [InlineData("<@U0BOT123>", "")]
    public void MentionText_LeadingMentionsGoAndEscapesAreUndone(string text, string expected) =>
        Assert.Equal(expected, MentionText.Strip(text));

    [Fact]
    public void SlashCommand_FormWithPlusAndPercentEscapes_IsDecoded()
    {
        var command = SlackSlashCommand.Parse("command=%2Fcertbot&text=regenerate+tomcat+on+lab-east%21&user_id=U1&user_name=rita&channel_id=C1&team_id=T1&trigger_id=t.1");

        Assert.Equal(new SlackSlashCommand("/certbot", "regenerate tomcat on lab-east!", "U1", "rita", "C1", "T1", null, "t.1"), command);
    }

    [Theory]
    [InlineData("text=help&user_id=U1&channel_id=C1")]
    [InlineData("command=%2Fcertbot&text=help&channel_id=C1")]
    [InlineData("command=%2Fcertbot&text=help&user_id=U1")]
    public void SlashCommand_WithoutCommandUserOrChannel_IsNotACommand(string form) => Assert.Null(SlackSlashCommand.Parse(form));

    [Fact]
    public void BlockActions_SlackPayload_ReadsClickerMessageThreadActionAndComment()
    {
        var form = new Microsoft.AspNetCore.WebUtilities.FormReader(SlackPayloads.Click("UAPP1", "C9", "1700.0002", "1700.0001", "approve#2", "{\"run\":\"x\"}", "ok by me")).ReadForm();
        var payload = SlackJson.TryRead<SlackBlockActions>(form["payload"].ToString())!;

        Assert.Equal(SlackBlockActions.BlockActionsType, payload.Type);
        Assert.Equal("UAPP1", payload.User!.Id);
        Assert.Equal("C9", payload.Channel!.Id);
        Assert.Equal("1700.0002", payload.Container!.MessageTs);
        Assert.Equal("1700.0001", payload.Message!.ThreadTs);
        Assert.Equal("approve", SlackActionIds.VerbOf(payload.Actions!.Single().ActionId!));
        Assert.Equal("ok by me", payload.State!.TextOf("comment"));
    }

    [Fact]
    public void BlockActions_CommentLeftEmpty_IsNoComment()
    {
        var form = new Microsoft.AspNetCore.WebUtilities.FormReader(SlackPayloads.Click("UAPP1", "C9", "1.2", "1.1", "approve", "{}")).ReadForm();
        Assert.Null(SlackJson.TryRead<SlackBlockActions>(form["payload"].ToString())!.State!.TextOf("comment"));
    }

    [Fact]
    public void EventEnvelope_NotJson_IsNull() => Assert.Null(SlackJson.TryRead<SlackEventEnvelope>("{\"type\":"));
}
