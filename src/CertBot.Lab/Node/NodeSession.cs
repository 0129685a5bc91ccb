using CertBot.Lab.State;

namespace CertBot.Lab.Node;

/// <summary>One login: banner, then prompt, read, log, check faults, dispatch, until exit or end of input.</summary>
internal sealed class NodeSession(NodeStore store, Terminal terminal, CommandDispatcher dispatcher, TimeProvider time)
{
    private const string Prompt = "admin:";
    private readonly CommandLog log = new(store.StateDir, time);

    /// <summary>What a session ended by the <c>drop</c> fault returns: ssh's own code for a lost connection.</summary>
    public const int DroppedExitCode = 255;

    /// <summary>Runs the session; returns the process exit code (<see cref="DroppedExitCode"/> when a fault dropped it).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var initial = await store.ReadAsync((state, _) => state, cancellationToken);
        var session = new SessionSettings { Pagination = initial.PaginationDefault };
        terminal.Start();
        var (loginAt, loginStarted) = (time.GetUtcNow(), time.GetTimestamp());
        await Banner.ShowAsync(terminal, initial.Timing.BannerMilliseconds, time, cancellationToken);
        await log.AppendTimeAsync(CommandLog.Login, loginAt, time.GetElapsedTime(loginStarted));
        for (var prompts = 1; ; prompts++)
        {
            var every = initial.EraseLinePromptEvery;
            await terminal.WritePromptAsync(Prompt, eraseLine: every > 0 && prompts % every == 0);
            string? typed;
            try
            {
                typed = await terminal.ReadLineAsync(echo: true, cancellationToken);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                await terminal.WriteLineAsync("^C");  // Ctrl-C at the prompt discards the line
                continue;
            }

            if (typed is null)
            {
                await terminal.FinishAsync();
                return 0;
            }

            var commandLine = string.Join(' ', typed.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            if (commandLine.Length == 0)
            {
                continue;
            }

            await log.AppendAsync(commandLine, cancellationToken);
            if (commandLine is "exit" or "quit")
            {
                return 0;
            }

            var (at, started) = (time.GetUtcNow(), time.GetTimestamp());
            try
            {
                await RunCommandAsync(commandLine, session, cancellationToken);
            }
            catch (SessionDroppedException)
            {
                return DroppedExitCode;
            }
            finally
            {
                await log.AppendTimeAsync(commandLine, at, time.GetElapsedTime(started));
            }
        }
    }

    private async Task RunCommandAsync(string commandLine, SessionSettings session, CancellationToken cancellationToken)
    {
        var faults = NodeFaults.Load(store.StateDir);
        var snapshot = await store.ReadAsync((state, _) => state, cancellationToken);
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        terminal.SetInterruptible(interrupt);
        try
        {
            var route = dispatcher.Resolve(commandLine);
            var paged = session.Pagination && (route?.Handler.Paged ?? true);
            var output = new CommandOutput(terminal, paged ? snapshot.PageLines : null, faults.DropsOn(commandLine) ? commandLine : null);
            var context = new CommandContext(store, snapshot, output, session, faults, time, commandLine, interrupt.Token);
            await context.DelayAsync(snapshot.Timing.CommandMilliseconds);
            if (faults.FailsOn(commandLine))
            {
                await context.FailAsync();
                return;
            }

            if (faults.RefusesOn(commandLine))
            {
                // Verbatim from the platform (set cert default-ca-list): a failure in a sentence, with no marker.
                await context.LineAsync("The capf certificate is not in the list of default Cisco CA certificates.");
                return;
            }

            if (route is not { } found)
            {
                await context.FailAsync("No valid command entered");
                return;
            }

            await found.Handler.ExecuteAsync(context, found.Arguments);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Ctrl-C: the command stops where it was; the prompt comes back on a new line.
            terminal.DiscardThroughInterrupt();
            await terminal.WriteLineAsync("^C");
        }
        finally
        {
            terminal.SetInterruptible(null);
        }
    }
}
