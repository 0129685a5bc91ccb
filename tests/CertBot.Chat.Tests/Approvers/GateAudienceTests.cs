using CertBot.Chat.Approvers;
using CertBot.Chat.Storage;
using CertBot.Chat.Threads;
using CertBot.Chat.Views;

namespace CertBot.Chat.Tests.Approvers;

/// <summary>Who sees which card: the thread's card shows the status only once an approver has a view of their own there.</summary>
public sealed class GateAudienceTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 6, 0, 0, TimeSpan.Zero);
    private static readonly ChatConversation Personal = new("teams", "a:alan", "{}");

    [Fact]
    public void WithoutAnApproversTeamsId_TheSharedCardKeepsEveryButton_AndEveryoneRefreshes()
    {
        var audience = new GateAudience([], ["Alan"], [Contact("aad:alan", "slack", "U1")], [Contact("aad:rita", "teams", "29:rita")]);

        Assert.Equal(GateViewer.Anyone, audience.SharedViewer("teams"));
        Assert.Null(audience.RefreshUserIds("teams"));
        Assert.Equal("Not reachable yet: Alan (say hi to CertBot once).", audience.Reach);
    }

    [Fact]
    public void WithAnApproversTeamsId_TheSharedCardShowsTheStatus_AndRefreshesApproversThenTheRequester_AtMost60()
    {
        var approvers = Enumerable.Range(0, 70).Select(i => Contact($"aad:a{i}", "teams", $"29:a{i}")).ToList();
        var audience = new GateAudience([new GateTarget("aad:a0", "Alan", Personal)], [], approvers, [Contact("aad:rita", "teams", "29:rita")]);

        Assert.Equal(GateViewer.Observer, audience.SharedViewer("teams"));
        Assert.Equal(GateViewer.Anyone, audience.SharedViewer("slack"));
        var ids = audience.RefreshUserIds("teams")!;
        Assert.Equal(60, ids.Count);
        Assert.Equal("29:a0", ids[0]);
        Assert.Equal("Sent to Alan in their chat with CertBot.", audience.Reach);
        var withRequester = new GateAudience([], [], approvers.Take(2).ToList(), [Contact("aad:rita", "teams", "29:rita")]).RefreshUserIds("teams");
        Assert.Equal(["29:a0", "29:a1", "29:rita"], withRequester);
    }

    [Fact]
    public void NobodyNamed_SaysNothing()
    {
        Assert.Null(GateAudience.Empty.Reach);
    }

    private static ChatContact Contact(string principal, string platform, string? userId) => new(principal, platform, userId, null, Now);
}
