using System.Globalization;
using CertBot.Engine.Runs;
using CertBot.Engine.Storage;

namespace CertBot.Cli.Runs;

/// <summary>
/// The progress bars of <c>certbot work</c>: one line per run the runner works on, read from the store (the
/// runner commits every step's start and outcome), redrawn in place on a terminal and printed line by line
/// when the output is redirected. Reading the store rather than hooking into the runner shows exactly what
/// a crash would leave behind.
/// </summary>
public sealed class WorkProgress(IRunStore store, TextWriter output, bool redraw)
{
    private const int BarWidth = 24;
    private readonly List<Guid> shown = [];
    private readonly Dictionary<Guid, string> lines = [];
    private int drawn;

    /// <summary>Refreshes until <paramref name="stop"/> fires, then once more so the last state is on screen.</summary>
    public async Task WatchAsync(TimeSpan interval, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            await RefreshAsync(CancellationToken.None);
            await Task.Delay(interval, stop).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        await RefreshAsync(CancellationToken.None);
    }

    /// <summary>The runs this session worked on, as they are now.</summary>
    public IReadOnlyList<Guid> Runs => shown;

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        foreach (var run in await store.ListAsync([RunState.Running], 100, cancellationToken))
        {
            if (!shown.Contains(run.Id))
            {
                shown.Add(run.Id);
            }
        }

        var changed = new List<string>();
        foreach (var id in shown)
        {
            if (await store.GetAsync(id, cancellationToken) is not { } run)
            {
                continue;
            }

            var line = Line(run);
            if (lines.GetValueOrDefault(id) != line)
            {
                lines[id] = line;
                changed.Add(line);
            }
        }

        if (redraw)
        {
            // Move back over the bars drawn last time and draw them all again, in the same order.
            await output.WriteAsync(drawn > 0 ? $"\u001b[{drawn}A" : "");
            foreach (var id in shown.Where(lines.ContainsKey))
            {
                await output.WriteLineAsync("\u001b[2K" + lines[id]);
            }

            drawn = shown.Count(lines.ContainsKey);
        }
        else
        {
            foreach (var line in changed)
            {
                await output.WriteLineAsync(line);
            }
        }

        await output.FlushAsync(cancellationToken);
    }

    /// <summary><c>1a2b3c4d [#########...............]  6/15 Running  step 7: Restart Cisco SIP Proxy on imp-pub</c></summary>
    public static string Line(Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var total = run.Plan.Steps.Count;
        var done = run.Steps.Count(s => s.Status is StepStatus.Succeeded or StepStatus.Skipped);
        var filled = total == 0 ? BarWidth : done * BarWidth / total;
        var bar = new string('#', filled) + new string('.', BarWidth - filled);
        var where = run.CurrentStep is { } step
            ? $"step {step.Index + 1}: {step.Title}" + (run.Steps[step.Index].Status == StepStatus.Running ? " ..." : "")
            : "all steps done";
        var why = run.State is RunState.Running || run.Attention is null ? "" : $" ({run.Attention})";
        return string.Create(CultureInfo.InvariantCulture, $"{RunIds.ShortId(run.Id)} [{bar}] {done,2}/{total} {run.State,-16} {where}{why}");
    }
}
