using System.Diagnostics;
using System.Globalization;

namespace CertBot.Benchmarks;

/// <summary>One <c>certbot work --poll</c> process (certbot.dll beside the benchmark) on the shared database.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process process;
    private readonly System.Text.StringBuilder output = new();

    private WorkerProcess(Process process)
    {
        this.process = process;
        // Drained (a chatty worker never blocks on a full pipe) and kept for a worker that ends too early.
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Pid => process.Id;

    public static WorkerProcess Start(string config, string connectionVariable, string connection)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment[connectionVariable] = connection;
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "certbot.dll"), "--config", config, "work", "--poll", "0.2" })
        {
            start.ArgumentList.Add(argument);
        }

        return new WorkerProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <exception cref="InvalidOperationException">The worker ended by itself (its output says why).</exception>
    public void MustBeAlive()
    {
        if (process.HasExited)
        {
            lock (output)
            {
                throw new InvalidOperationException($"a worker ended with exit code {process.ExitCode}:\n{output}");
            }
        }
    }

    /// <summary>Whether a run lease's owner (<c>host:pid:random</c>) is this process.</summary>
    public bool Owns(string? leaseOwner) =>
        leaseOwner?.Split(':') is [_, var pid, _] && pid == Pid.ToString(CultureInfo.InvariantCulture);

    /// <summary>SIGKILL, as <c>kill -9</c>: nothing is given back.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    private void Append(string? line)
    {
        lock (output)
        {
            output.AppendLine(line);
        }
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }
}
