using CertBot.Teams.Protocol;

namespace CertBot.Teams.Tests.Protocol;

public sealed class MentionTextTests
{
    private static readonly ChannelAccount Bot = new("28:bot", "CertBot");

    public static TheoryData<string, Entity[], string> Cases => new()
    {
        { "<at>CertBot</at> regen tomcat cm1", [Mention("<at>CertBot</at>", Bot.Id!)], "regen tomcat cm1" },
        { "please <at>CertBot</at>&nbsp;status r-1\n", [Mention("<at>CertBot</at>", Bot.Id!)], "please status r-1" },
        { "<at>Cert Bot (prod)</at> runs", [Mention("<at>Cert Bot (prod)</at>", Bot.Id!)], "runs" },
        { "<at>CertBot</at> approve r-1 as <at>Alan</at> asked", [Mention("<at>CertBot</at>", Bot.Id!), Mention("<at>Alan</at>", "29:alan")], "approve r-1 as Alan asked" },
        { "<at>CertBot</at> help", [], "help" },
        { "<p>certs lab-east</p>", [], "certs lab-east" },
        { "reject r-1 &lt;too risky&gt; &amp; late", [], "reject r-1 <too risky> & late" },
        { "clusters", [], "clusters" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Strip_LeavesTheCommandText(string text, Entity[] entities, string expected)
    {
        var activity = new Activity { Type = "message", Text = text, Entities = entities, Recipient = Bot };

        Assert.Equal(expected, MentionText.Strip(activity));
    }

    [Fact]
    public void Strip_NoText_IsEmpty()
    {
        Assert.Equal("", MentionText.Strip(new Activity { Type = "message" }));
    }

    private static Entity Mention(string text, string id) => new(Entity.MentionType, text, new ChannelAccount(id));
}
