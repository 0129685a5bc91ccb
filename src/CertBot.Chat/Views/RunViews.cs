using CertBot.Engine.Runs;

namespace CertBot.Chat.Views;

/// <summary>Builds the views of one run from the engine's <see cref="RunView"/> (run, gates, journal).</summary>
public sealed class RunViews(People people)
{
    public ProgressView Progress(RunView view, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(view);
        var run = view.Run;
        var all = run.Plan.Steps.Select(s =>
        {
            var outcome = run.Steps[s.Index];
            TimeSpan? elapsed = outcome.StartedAt is { } start ? (outcome.EndedAt ?? now) - start : null;
            return new ProgressStepLine(s.Index + 1, ViewLimits.Cut(s.Title), s.Node?.Name, outcome.Status.Display(), elapsed,
                outcome.Detail is null ? null : ViewLimits.Cut(people.Humanize(outcome.Detail)));
        }).ToList();
        // A long run shows the steps around the one it stands at: a few done before it, then what comes.
        var (steps, first, hidden) = ViewLimits.Window(all, run.NextStep - 5);
        var done = run.Steps.Count(s => s.Status is StepStatus.Succeeded or StepStatus.Skipped);
        var end = RunLifecycle.IsFinal(run.State) ? run.UpdatedAt : now;
        return new ProgressView(run.Id, Title(run), run.State.Display(), steps, done, all.Count, end - run.CreatedAt,
            run.Attention is null ? null : ViewLimits.Cut(people.Humanize(run.Attention), ViewLimits.Text),
            hidden == 0 ? null : $"steps {first + 1}–{first + steps.Count} of {all.Count} shown: {ShowAllHint(run)}");
    }

    /// <summary>The message a gate is posted as: the CSR card while a renewal waits for the CA's answer, else the gate's card.</summary>
    public ChatView GateMessage(RunView view, Gate gate)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(gate);
        var open = gate.IsOpen && view.Run.State == RunState.AwaitingApproval;
        return gate.Kind == GateKind.Certificate
            ? RenewalViews.Csr(view.Run, gate, people.NameOf(view.Run.RequestedBy), open ? null : Outcome(gate, view.Run))
            : Gate(view, gate);
    }

    /// <summary>The gate's card: open with buttons, or decided with who and when (expired and void say so).</summary>
    /// <param name="viewer">Whom the buttons are for.</param>
    /// <param name="audience">Where the approvers got the card (said on an open approval); null says nothing of it.</param>
    /// <param name="platform">The platform the card is shown on (which user ids get their own view of it).</param>
    public GateView Gate(RunView view, Gate gate, GateViewer viewer = GateViewer.Anyone, Approvers.GateAudience? audience = null, string? platform = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(gate);
        var run = view.Run;
        var confirmation = gate.Kind == GateKind.Confirmation;
        var nodes = run.Plan.Steps.Where(s => s.Changes && s.Node is not null).Select(s => s.Node!.ToString()).Distinct().ToList();
        var impacting = run.Plan.Steps.Skip(gate.StepIndex + 1).TakeWhile(s => !s.WaitsForPerson).Where(s => s.ServiceImpacting).ToList();
        var impact = impacting.Count == 0 ? "Nothing service-impacting until the next gate." : $"Next: {impacting.Count} service-impacting step(s), e.g. {impacting[0].Title}";
        var open = gate.IsOpen && run.State == RunState.AwaitingApproval;
        var data = new Dictionary<string, string>
        {
            [ChatVerbs.RunKey] = run.Id.ToString("D"),
            [ChatVerbs.GateKey] = gate.Id.ToString("D"),
            [ChatVerbs.HashKey] = gate.PlanHash,
        };
        IReadOnlyList<ViewAction> actions = open ? GateActions.For(viewer, confirmation, data) : [];
        // A purge gate names every file it deletes: a few hundred do not fit a card, the whole list is a "show" away.
        var more = gate.Title.Length > ViewLimits.Text || nodes.Count > ViewLimits.ListLines ? $"the card is shortened: {ShowAllHint(run)}" : null;
        return new GateView(run.Id, gate.Id, confirmation, ViewLimits.Cut(gate.Title, ViewLimits.Text), run.Request.ToString(), people.NameOf(run.RequestedBy),
            run.Plan.ShortHash, ViewLimits.Lines(nodes, "nodes"), impact, confirmation ? [] : ViewLimits.Lines(run.Plan.Warnings, "warnings"), confirmation || gate.ExpiresAt == DateTimeOffset.MaxValue ? null : gate.ExpiresAt,
            open ? null : Outcome(gate, run), actions, more, gate.Kind == GateKind.Approval ? RenewalViews.Installs(run, gate.StepIndex) : [], viewer,
            open && !confirmation ? audience?.Reach : null,
            open && platform is not null ? audience?.RefreshUserIds(platform) : null);
    }

    public FailureView Failure(RunView view, int stepIndex)
    {
        ArgumentNullException.ThrowIfNull(view);
        var run = view.Run;
        var step = run.Plan.Steps[Math.Clamp(stepIndex, 0, run.Plan.Steps.Count - 1)];
        var outcome = run.Steps[step.Index];
        var tail = view.Journal.LastOrDefault(j => j.StepIndex == step.Index && j.OutputTail is not null)?.OutputTail;
        var stillThere = run.State is RunState.Paused or RunState.Interrupted && run.NextStep == step.Index;
        var data = new Dictionary<string, string> { [ChatVerbs.RunKey] = run.Id.ToString("D") };
        var actions = new List<ViewAction>();
        if (stillThere)
        {
            if (run.Cause == PauseCause.OutsideWindow)
            {
                actions.Add(new ViewAction("Override window", ChatVerbs.OverrideWindow, data));
            }

            actions.Add(new ViewAction("Retry", ChatVerbs.Retry, data));
            actions.Add(new ViewAction("Skip", ChatVerbs.Skip, data));
            actions.Add(new ViewAction("Abort", ChatVerbs.Abort, data, Destructive: true));
        }

        var reason = people.Humanize(run.Attention ?? outcome.Detail ?? "the step did not complete");
        return new FailureView(run.Id, Title(run), run.Cause.Display(), step.Index + 1, ViewLimits.Cut(step.Title), step.Node?.ToString(),
            ViewLimits.Cut(reason, ViewLimits.Text), tail is null ? null : LastCharacters(tail), stillThere ? null : Resolution(view, step.Index), actions);
    }

    public SummaryView Summary(RunView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var run = view.Run;
        var decisions = ViewLimits.Lines(Decisions(view), "decisions");
        var undo = Leftovers.Of(run);
        IReadOnlyList<ViewAction> restore = undo is { Stopped.Count: > 0 }
            ? [new ViewAction("Restore", ChatVerbs.Restore, new Dictionary<string, string> { [ChatVerbs.RunKey] = run.Id.ToString("D") })]
            : [];
        var evidence = RunEvidence.Of(run, view.Journal);
        var (nodes, hiddenNodes, hiddenLines) = NodeRecords.Of(evidence, people);
        var more = hiddenNodes > 0 ? $"{hiddenNodes} more nodes with {hiddenLines} changes or steps not shown: {ShowAllHint(run)}"
            : run.Steps.Count > ViewLimits.ListLines || nodes.Any(n => n.Lines[^1].StartsWith('…')) ? ShowAllHint(run)
            : null;
        return new SummaryView(run.Id, Title(run), run.State.Display(),
            run.Steps.Count(s => s.Status == StepStatus.Succeeded), run.Steps.Count(s => s.Status == StepStatus.Failed),
            run.Steps.Count(s => s.Status == StepStatus.Skipped), run.Steps.Count, run.UpdatedAt - run.CreatedAt,
            people.NameOf(run.RequestedBy), decisions, run.Attention is null ? null : ViewLimits.Cut(people.Humanize(run.Attention), ViewLimits.Text),
            ViewLimits.Lines(undo?.Lines ?? [], "undo lines"), restore, more)
        {
            RequestedAt = run.CreatedAt,
            EndedAt = run.UpdatedAt,
            Nodes = nodes,
            FollowUps = ViewLimits.Lines(FollowUps.Of(run, evidence), "follow-ups"),
        };
    }

    /// <summary>Each gate's decision and each person's decision on the run (retry, skip, abort, cancel, override), by time.</summary>
    private IEnumerable<string> Decisions(RunView view)
    {
        var gates = view.Gates.Where(g => !g.IsOpen)
            .Select(g => (At: g.DecidedAt ?? g.ExpiresAt, Line: $"{ViewLimits.Cut(g.Title, 150)}: {Outcome(g, view.Run)}"));
        var others = view.Journal.Where(j => j.Principal is not null && j.Kind is JournalKind.Retried or JournalKind.StepSkipped or JournalKind.Aborted
                or JournalKind.CancelRequested or JournalKind.Cancelled or JournalKind.WindowOverride)
            .Select(j => (j.At, Line: $"{people.Humanize(j.Message)} at {At(j.At)}"));
        return gates.Concat(others).OrderBy(d => d.At).Select(d => d.Line);
    }

    /// <summary>
    /// The reminder of a gate after the first change, which never expires: in the thread, naming the approvers
    /// (by name where the bot knows them) and what they are asked to decide.
    /// </summary>
    public TextView Reminder(RunView view, ProgressEvent reminder)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(reminder);
        return new TextView($"⏰ {Title(view.Run)}: {people.Humanize(reminder.Message)}.");
    }

    /// <summary>Every step with its outcome, then every journal line: what <c>show &lt;run&gt;</c> posts in pieces.</summary>
    public IEnumerable<string> AllLines(RunView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var run = view.Run;
        foreach (var step in run.Plan.Steps)
        {
            var outcome = run.Steps[step.Index];
            yield return $"{outcome.Status.Display().Mark()} {step.Index + 1}. {step.Title}" + (step.Node is null ? "" : $" · {step.Node.Name}")
                + (outcome.Detail is null ? "" : $" — {people.Humanize(outcome.Detail)}");
        }

        yield return "Journal:";
        foreach (var entry in view.Journal)
        {
            yield return $"{At(entry.At)} {entry.Kind}" + (entry.StepIndex is { } i ? $" (step {i + 1})" : "") + $": {people.Humanize(entry.Message)}";
        }
    }

    /// <summary>How to see all of a shortened run card.</summary>
    public static string ShowAllHint(Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return $"type `show {ShortId(run.Id)}` for every step and the journal";
    }

    /// <summary>The end of a node's output, where the error is.</summary>
    private static string LastCharacters(string tail) => tail.Length <= ViewLimits.Text ? tail : "…" + tail[^(ViewLimits.Text - 1)..];

    /// <summary>"Regenerate tomcat on lab-east (run 1a2b3c4d)".</summary>
    public static string Title(Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return $"{PlanViews.Describe(run.Plan)} (run {ShortId(run.Id)})";
    }

    /// <summary>The first eight hex digits: what people type after <c>status</c>, <c>approve</c> or <c>cancel</c>.</summary>
    public static string ShortId(Guid id) => RunIds.ShortId(id);

    private string Outcome(Gate gate, Run run) => gate.State switch
    {
        GateState.Approved => $"{gate.Kind switch { GateKind.Confirmation => "confirmed", GateKind.Certificate => "signed certificate provided", _ => "approved" }} by {people.NameOf(gate.DecidedBy)} at {At(gate.DecidedAt)}" + Comment(gate),
        GateState.Rejected => $"rejected by {people.NameOf(gate.DecidedBy)} at {At(gate.DecidedAt)}" + Comment(gate),
        GateState.Expired => $"expired at {At(gate.ExpiresAt)} without a decision: the run was cancelled",
        GateState.Void => run.State == RunState.Cancelled ? "void: the run was cancelled" : "void: the run ended or its plan changed",
        _ => $"closed: the run is {run.State}",
    };

    private string Resolution(RunView view, int stepIndex)
    {
        var decision = view.Journal.LastOrDefault(j => j.StepIndex == stepIndex && j.Principal is not null
            && j.Kind is JournalKind.Retried or JournalKind.StepSkipped or JournalKind.Aborted or JournalKind.Cancelled or JournalKind.WindowOverride);
        return decision is null ? $"resolved: the run is {view.Run.State}" : $"{people.Humanize(decision.Message)} at {At(decision.At)}";
    }

    private static string Comment(Gate gate) => gate.Comment is { Length: > 0 } c ? $": \"{c}\"" : "";

    private static string At(DateTimeOffset? at) => TimeWords.At(at);
}
