using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace CertBot.Cli.Tests.Support;

/// <summary>
/// A <c>certbot work</c> child process that keeps working in the background: one instance among several on one
/// store. It can be killed outright (SIGKILL, as <c>kill -9</c>), frozen and thawed (SIGSTOP / SIGCONT);
/// disposing kills what is still alive.
/// </summary>
public sealed class CertBotWorker : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private CertBotWorker(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The worker's process id, which its run leases name (host:pid:random).</summary>
    public int Pid => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>Everything the worker printed so far, stdout and stderr interleaved.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static CertBotWorker Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null) =>
        new(Process.Start(CertBotProgram.StartInfo(arguments, environment)) ?? throw new InvalidOperationException("dotnet did not start"));

    /// <summary>Whether a run lease's owner (<c>host:pid:random</c>) is this worker.</summary>
    public bool Owns(string? leaseOwner) =>
        leaseOwner?.Split(':') is [_, var pid, _] && pid == Pid.ToString(CultureInfo.InvariantCulture);

    /// <summary>Waits until the worker printed <paramref name="text"/>; fails with its output when it ends or takes too long.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            Assert.False(process.HasExited, $"the worker ended before printing '{text}':\n{Output}");
            Assert.True(watch.Elapsed < limit, $"the worker did not print '{text}' within {limit}:\n{Output}");
            await Task.Delay(50);
        }
    }

    /// <summary>SIGKILL to the worker and its children: nothing is given back, its leases simply expire.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
    }

    /// <summary>SIGSTOP: the worker stands still (no lease renewal, no commit) until <see cref="ThawAsync"/>.</summary>
    public Task FreezeAsync() => SignalAsync("-STOP");

    public Task ThawAsync() => SignalAsync("-CONT");

    /// <summary>Waits for the worker to end on its own; its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        await process.WaitForExitAsync(timeout.Token);
        process.WaitForExit();
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        await ThawAsync();
        await KillAsync();
        process.Dispose();
    }

    private async Task SignalAsync(string signal)
    {
        if (process.HasExited)
        {
            return;
        }

        using var kill = Process.Start("kill", [signal, Pid.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
