using CertBot.Chat.Requests;
using CertBot.Chat.Tests.Support;
using CertBot.Chat.Threads;
using CertBot.Chat.Views;
using CertBot.Engine.Runs;

namespace CertBot.Chat.Tests.Approvers;

/// <summary>
/// The chat core sends an approval's copies to the approvers' personal chats, learned from their messages, and never
/// to the requester, even where she is listed as an approver too (in the same person under another identity).
/// </summary>
[Collection(SharedChatLab.Name)]
public sealed class ApproverCopyFlowTests(ChatLab lab) : ChatLabTests(lab)
{
    private static readonly ChatConversation AlanPersonal = new("teams", "a:personal-alan", "{}");
    private static readonly ChatConversation RitaPersonal = new("teams", "a:personal-rita", "{}");

    private protected override ChatHarness StartHarness()
    {
        var settings = new Dictionary<string, string?>
        {
            ["CertBot:People:0:Name"] = "Rita",
            ["CertBot:People:0:Identities:0"] = ChatHarness.Requester,
            ["CertBot:People:0:Identities:1"] = "slack:URITA",
            ["CertBot:People:1:Name"] = "Alan",
            ["CertBot:People:1:Identities:0"] = ChatHarness.Approver,
        };
        foreach (var (key, _) in CertBot.Testing.LabApprovers.For(Lab.CertBotConfigPath, "Rita"))
        {
            settings[key.Replace(":Approvers:0", ":Approvers:1", StringComparison.Ordinal)] = "Rita";
        }

        return ChatHarness.Start(Lab, settings: settings);
    }

    [Fact]
    public async Task GateOpens_AlanGetsHisCopy_RitaNoneThoughListed_TheThreadShowsTheStatus_AndADecisionOnTheCopySettlesTheThreadsCard()
    {
        await HiAsync(ChatHarness.Approver, "Alan", "29:alan", AlanPersonal);
        await HiAsync(ChatHarness.Requester, "Rita", "29:rita", RitaPersonal);
        var runId = await Harness.RequestAsync("regenerate tomcat on lab-west");

        await Harness.Delivery.DeliverOnceAsync(default);
        await Harness.Delivery.DeliverOnceAsync(default);

        var gates = Harness.Thread.Posted<GateView>().Select(g => (View: g, Where: Harness.Thread.ConversationOf(Harness.Thread.IdOf(g)))).ToList();
        Assert.Equal([Harness.Conversation.Key, AlanPersonal.Key], gates.Select(g => g.Where));
        var (shared, copy) = (gates[0].View, gates[1].View);
        Assert.Equal(GateViewer.Observer, shared.Viewer);
        Assert.Empty(shared.Actions);
        Assert.Equal(["29:alan", "29:rita"], shared.RefreshUserIds);
        Assert.Equal(GateViewer.Approver, copy.Viewer);
        Assert.Equal([ChatVerbs.Approve, ChatVerbs.Reject], copy.Actions.Select(a => a.Verb));
        Assert.Equal("Sent to Alan in their chat with CertBot.", shared.Reach);

        var reply = await Harness.Handler.HandleAsync(new ChatRequest("teams", ChatHarness.Approver, "Alan", AlanPersonal,
            Action: new ChatAction(ChatVerbs.Approve, copy.Actions[0].Data, Harness.Thread.IdOf(copy)), InboundId: Guid.NewGuid().ToString()), default);

        Assert.Equal(GateState.Approved, (await Harness.Engine.Runs.ShowAsync(runId, default))!.Gates[0].State);
        Assert.False(Assert.IsType<GateView>(reply.Replacement).IsOpen);
        var (id, settled) = Assert.Single(Harness.Thread.Updates<GateView>());
        Assert.Equal(Harness.Thread.IdOf(shared), id);
        Assert.Empty(settled.Actions);
        Assert.StartsWith("approved by Alan", settled.Outcome, StringComparison.Ordinal);
    }

    private Task<ChatReply> HiAsync(string principal, string name, string userId, ChatConversation personal) =>
        Harness.Handler.HandleAsync(new ChatRequest("teams", principal, name, personal, Text: "help", InboundId: Guid.NewGuid().ToString(),
            UserId: userId, Personal: personal), default);
}
