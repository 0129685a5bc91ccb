using CertBot.Chat.Tests.Support;
using CertBot.Chat.Views;

namespace CertBot.Chat.Tests.Handling;

/// <summary>
/// Who may make the bot log into nodes: a cluster's requesters (and approvers) when it has requesters, and no
/// person more often than the per-person limit, counted across their identities.
/// </summary>
[Collection(SharedChatLab.Name)]
public sealed class AccessTests(ChatLab lab)
{
    private const string RitaInSlack = "slack:URITA";

    [Fact]
    public async Task NodeCommands_OverThePersonsLimit_AreRefusedWithWhenToTryAgain_InEveryNamespace_OthersGoOn()
    {
        await using var harness = ChatHarness.Start(lab, settings: new Dictionary<string, string?>
        {
            ["CertBot:Chat:NodeCommandsPerPerson"] = "2",
            ["CertBot:Chat:NodeCommandWindow"] = "00:10:00",
            ["CertBot:People:0:Name"] = "Rita",
            ["CertBot:People:0:Identities:0"] = ChatHarness.Requester,
            ["CertBot:People:0:Identities:1"] = RitaInSlack,
        });
        await harness.InitializeAsync();

        await harness.SayAsync("certs lab-west");
        await harness.SayAsync("check ipsec on lab-west");
        await harness.SayAsync("certs lab-west", RitaInSlack, "rita.s");
        await harness.SayAsync("help"); // logs into nothing: not counted

        Assert.Single(harness.Thread.Posted<InventoryView>());
        Assert.Single(harness.Thread.Posted<PlanView>());
        var refusal = harness.Thread.Posted<TextView>().First(t => t.Text.StartsWith('⏳'));
        Assert.Contains("try again at", refusal.Text, StringComparison.Ordinal);
        Assert.Contains("Nothing was read", refusal.Text, StringComparison.Ordinal);

        await harness.SayAsync("certs lab-west", ChatHarness.Outsider, "Olga");
        Assert.Equal(2, harness.Thread.Posted<InventoryView>().Count());
    }

    [Fact]
    public async Task ClusterWithRequesters_ReadOnlyCommands_AreTheirsAndTheApprovers_OthersAreToldWhy()
    {
        await using var harness = ChatHarness.Start(lab, settings: new Dictionary<string, string?>
        {
            ["CertBot:Clusters:1:Requesters:0"] = ChatHarness.Requester,
        });
        await harness.InitializeAsync();

        await harness.SayAsync($"certs {ConfiguredSecond(harness)}", ChatHarness.Outsider, "Olga");
        await harness.SayAsync("runs", ChatHarness.Outsider, "Olga");

        var refusal = harness.Thread.Posted<TextView>().First().Text;
        Assert.StartsWith("⛔ Olga:", refusal, StringComparison.Ordinal);
        Assert.Contains("neither a requester nor an approver", refusal, StringComparison.Ordinal);
        Assert.Empty(harness.Thread.Posted<InventoryView>());
        Assert.DoesNotContain("⛔", harness.Thread.Posted<TextView>().Last().Text, StringComparison.Ordinal); // the other cluster is open: runs are listed

        await harness.SayAsync($"certs {ConfiguredSecond(harness)}", ChatHarness.Approver, "Anna");
        await harness.SayAsync($"certs {ConfiguredSecond(harness)}");
        Assert.Equal(2, harness.Thread.Posted<InventoryView>().Count());
    }

    [Fact]
    public async Task ShowAllForNode_AndTheNodesButton_OnAClusterWithRequesters_AreTheirs_OthersAreToldWhy()
    {
        await using var harness = ChatHarness.Start(lab, settings: new Dictionary<string, string?>
        {
            ["CertBot:Clusters:1:Requesters:0"] = ChatHarness.Requester,
        });
        await harness.InitializeAsync();
        var cluster = ConfiguredSecond(harness);
        await harness.SayAsync($"certs {cluster}");
        var inventory = Assert.Single(harness.Thread.Posted<InventoryView>());
        var row = inventory.Nodes[0];

        await harness.SayAsync($"show all for {cluster}/{row.Node}", ChatHarness.Outsider, "Olga");
        await harness.ClickAsync(row.ShowAll, harness.Thread.IdOf(inventory), ChatHarness.Outsider, "Olga");

        Assert.Empty(harness.Thread.Posted<NodeCertificatesView>());
        Assert.Equal(2, harness.Thread.Posted<TextView>().Count(t => t.Text.StartsWith("⛔ Olga:", StringComparison.Ordinal) && t.Text.Contains("Nothing was read", StringComparison.Ordinal)));

        await harness.ClickAsync(row.ShowAll, harness.Thread.IdOf(inventory), ChatHarness.Requester, "Rita");
        var node = Assert.Single(harness.Thread.Posted<NodeCertificatesView>());
        Assert.Equal((cluster, row.Node), (node.Cluster, node.Node));
    }

    [Fact]
    public async Task ClusterWithoutApprovers_IsReadOnly_ChangesRefusedBeforeAnyNodeIsRead_InventoryWorks()
    {
        await using var harness = ChatHarness.Start(lab, readOnlyCluster: 1);
        await harness.InitializeAsync();
        var cluster = ConfiguredSecond(harness);

        await harness.SayAsync($"regenerate tomcat on {cluster}");
        await harness.SayAsync($"purge expired trust on {cluster}");
        await harness.SayAsync($"certs {cluster}");
        await harness.SayAsync("clusters");

        var answers = harness.Thread.Posted<TextView>().Select(t => t.Text).ToList();
        Assert.Equal(2, answers.Count(a => a.Contains($"nobody may approve changes on {cluster}: add approvers in the configuration", StringComparison.Ordinal)));
        Assert.Empty(harness.Thread.Posted<PlanView>());
        Assert.Single(harness.Thread.Posted<InventoryView>());
        Assert.Contains(answers, a => a.Contains($"`{cluster}`", StringComparison.Ordinal) && a.Contains("read-only (no approver)", StringComparison.Ordinal));
    }

    private static string ConfiguredSecond(ChatHarness harness) =>
        ((CertBot.Engine.Configuration.EngineOptions)harness.Services.GetService(typeof(CertBot.Engine.Configuration.EngineOptions))!).Clusters[1].Name;
}
