using System.Net;
using System.Text.Json;
using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;
using CertBot.Slack.Tests.Support;

namespace CertBot.Slack.Tests.Security;

/// <summary>
/// The forged-approval suite's Slack part, through the real signed <c>/slack/interactivity</c>: the requester
/// approving from another namespace (asked as <c>cli:rita</c>, clicks as her Slack self) is refused and
/// journaled; a correctly signed click from another workspace, naming the real approver, is refused at the door
/// and changes nothing.
/// </summary>
[Collection(SlackLabGroup.Name)]
public sealed class SlackForgedApprovalTests(SlackLab lab) : IAsyncLifetime
{
    private const string Channel = "CFORGED001";
    private const string RitaInSlack = "URITA0001";
    private FakeSlackApi slack = null!;
    private SlackBot bot = null!;

    public async Task InitializeAsync()
    {
        slack = await FakeSlackApi.StartAsync();
        bot = await SlackBot.StartAsync(lab, slack, new Dictionary<string, string?>
        {
            ["CertBot:People:0:Name"] = "Rita",
            ["CertBot:People:0:Identities:0"] = "cli:rita",
            ["CertBot:People:0:Identities:1"] = "slack:" + RitaInSlack,
            // Rita approves lab-west too: only four-eyes stands between her and her own run.
            ["CertBot:Clusters:1:Approvers:1"] = "slack:" + RitaInSlack,
        });
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await slack.DisposeAsync();
    }

    [Fact]
    public async Task ByTheRequester_FromAnotherNamespace_IsRefusedAndJournaled()
    {
        var (run, value) = await RequestedFromTheCommandLineAsync();

        using var response = await bot.PostAsync("/slack/interactivity", SlackPayloads.Click(RitaInSlack, Channel, "1700000100.000100", "1700000100.000100", "approve", value), SlackPayloads.Form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refusal = await JournalLineAsync(run, JournalKind.Refused);
        Assert.Contains("Rita (slack:" + RitaInSlack + ") requested this run (as cli:rita)", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(RunState.AwaitingApproval, (await bot.Engine.Runs.ShowAsync(run, default))!.Run.State);
    }

    [Fact]
    public async Task FromAnotherWorkspace_NamingTheApprover_IsRefusedAtTheDoor_AndChangesNothing()
    {
        var (run, value) = await RequestedFromTheCommandLineAsync();
        var journal = (await bot.Engine.Runs.ShowAsync(run, default))!.Journal.Count;
        var click = SlackPayloads.Click(SlackBot.Approver, Channel, "1700000100.000200", "1700000100.000200", "approve", value)
            .Replace(SlackPayloads.Team, "T0FOREIGN", StringComparison.Ordinal);

        using var response = await bot.PostAsync("/slack/interactivity", click, SlackPayloads.Form);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await Task.Delay(500);
        var view = (await bot.Engine.Runs.ShowAsync(run, default))!;
        Assert.Equal(RunState.AwaitingApproval, view.Run.State);
        Assert.Equal(journal, view.Journal.Count);
    }

    /// <summary>A run Rita requested from the command line, and the value an Approve button for its gate carries.</summary>
    private async Task<(Guid Run, string Value)> RequestedFromTheCommandLineAsync()
    {
        var plan = await bot.Engine.Runs.PlanAsync(ProcedureRequest.Regenerate("lab-west", UnitCatalog.Tomcat), default);
        var run = (await bot.Engine.Runs.RequestAsync(plan, "cli:rita", default)).Run!;
        var gate = (await bot.Engine.Runs.ShowAsync(run.Id, default))!.Gates.Single(g => g.IsOpen);
        return (run.Id, JsonSerializer.Serialize(new Dictionary<string, string> { ["run"] = run.Id.ToString("D"), ["gate"] = gate.Id.ToString("D"), ["hash"] = gate.PlanHash }));
    }

    private async Task<JournalEntry> JournalLineAsync(Guid run, JournalKind kind)
    {
        for (var waited = 0; waited < 100; waited++)
        {
            if ((await bot.Engine.Runs.ShowAsync(run, default))!.Journal.LastOrDefault(j => j.Kind == kind) is { } line)
            {
                return line;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"no {kind} line in the journal of {run}");
    }
}
