using CertBot.Engine.Procedures;
using CertBot.Engine.Renewal.Authorities;
using CertBot.Engine.Runs;
using CertBot.Engine.Runs.Decisions;
using CertBot.Engine.Storage;
using CertBot.Engine.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertBot.Engine.Tests.Runs;

/// <summary>The engine over the fake lab, fake time and the in-memory store; alice requests, bob approves.</summary>
public sealed class EngineHarness
{
    public const string Alice = "cli:alice";
    public const string Bob = "cli:bob";

    /// <param name="authorities">CA connectors beside the manual one (a cluster names its own in <see cref="FakeLab"/>).</param>
    public EngineHarness(Action<FakeLab>? configure = null, IEngineStore? store = null, IEnumerable<ICertificateAuthority>? authorities = null)
    {
        configure?.Invoke(Lab);
        Store = store ?? new InMemoryEngineStore();
        Engine = new CertBotEngine(Lab.Options, Store, Lab.Port, Time, NullLoggerFactory.Instance, Secrets, new FakeBulkDirectory(Lab.Port), authorities: authorities);
    }

    public FakeLab Lab { get; } = new();

    public FakeTime Time { get; } = new(Certs.Now);

    public IEngineStore Store { get; }

    public FakeSecrets Secrets { get; } = new();

    public CertBotEngine Engine { get; private set; }

    public RunService Runs => Engine.Runs;

    /// <summary>A fresh engine over the same store and lab: what a restarted process sees.</summary>
    public void Restart() =>
        Engine = new CertBotEngine(Lab.Options, Store, Lab.Port, Time, NullLoggerFactory.Instance, Secrets, new FakeBulkDirectory(Lab.Port));

    public async Task<Guid> RequestAsync(ProcedureRequest request, string by = Alice)
    {
        var answer = await Runs.RequestAsync(request, by, CancellationToken.None);
        Assert.True(answer.Kind == AnswerKind.Done, answer.Message);
        return answer.Run!.Id;
    }

    public RunDecider Decisions => Engine.Decisions;

    public Task<RunAnswer> ApproveAsync(Guid id, string who, string? planHash = null, Guid? gateId = null, string? comment = null, bool overrideWindow = false) =>
        Decisions.DecideAsync(new Decision(RunAction.Approve, id, who) { PlanHash = planHash, GateId = gateId, Comment = comment, OverrideWindow = overrideWindow }, default);

    public Task<RunAnswer> RejectAsync(Guid id, string who, string? comment = null) =>
        Decisions.DecideAsync(new Decision(RunAction.Reject, id, who) { Comment = comment }, default);

    public Task<RunAnswer> ConfirmAsync(Guid id, string who, string? comment = null) =>
        Decisions.DecideAsync(new Decision(RunAction.Confirm, id, who) { Comment = comment }, default);

    public Task<RunAnswer> RetryAsync(Guid id, string who) => Decisions.DecideAsync(new Decision(RunAction.Retry, id, who), default);

    public Task<RunAnswer> SkipAsync(Guid id, string who) => Decisions.DecideAsync(new Decision(RunAction.Skip, id, who), default);

    public Task<RunAnswer> AbortAsync(Guid id, string who) => Decisions.DecideAsync(new Decision(RunAction.Abort, id, who), default);

    public Task<RunAnswer> CancelAsync(Guid id, string who) => Decisions.DecideAsync(new Decision(RunAction.Cancel, id, who), default);

    public Task<RunAnswer> OverrideWindowAsync(Guid id, string who) => Decisions.DecideAsync(new Decision(RunAction.OverrideWindow, id, who), default);

    public Task WorkAsync() => Engine.Runner.RunUntilIdleAsync(CancellationToken.None);

    public async Task<Run> RunAsync(Guid id) => (await Store.GetAsync(id, CancellationToken.None))!;

    public async Task<Gate> OpenGateAsync(Guid id) =>
        (await Store.GatesOfAsync(id, CancellationToken.None)).Single(g => g.IsOpen);

    public async Task<IReadOnlyList<JournalEntry>> JournalAsync(Guid id) => await Store.JournalOfAsync(id, CancellationToken.None);

    /// <summary>Works, approves (bob) and confirms (alice) until the run ends or needs attention.</summary>
    public async Task<Run> DriveAsync(Guid id)
    {
        for (var guard = 0; guard < 50; guard++)
        {
            await WorkAsync();
            var run = await RunAsync(id);
            if (run.State != RunState.AwaitingApproval)
            {
                return run;
            }

            var gate = await OpenGateAsync(id);
            var answer = gate.Kind == GateKind.Approval
                ? await ApproveAsync(id, Bob, gate.PlanHash)
                : await ConfirmAsync(id, Alice);
            Assert.True(answer.Changed, answer.Message);
        }

        throw new InvalidOperationException("the run never settled");
    }
}
