using System.Diagnostics;
using System.Globalization;
using CertBot.Testing;

namespace CertBot.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One Microsoft 365 Agents Playground for one user, started exactly as scripts/run starts it
/// (scripts/lib/playground.sh: loopback only, msteams channel, no telemetry). Stopped by pid.
/// </summary>
public sealed class PlaygroundProcess : IAsyncDisposable
{
    public const string Folder = "tests/CertBot.EndToEnd.Tests/playground";

    private readonly Process process;

    private PlaygroundProcess(Process process, Uri url, ProcessOutput output)
    {
        this.process = process;
        Url = url;
        Output = output;
    }

    public Uri Url { get; }

    public ProcessOutput Output { get; }

    /// <param name="who"><c>requester</c> or <c>approver</c> (scripts/lib/playground-config.sh).</param>
    public static async Task<PlaygroundProcess> StartAsync(string directory, string who, Uri botEndpoint)
    {
        NodeTool.RequireInstalled(Folder);
        var config = Path.Combine(directory, $"playground-{who}.yml");
        var yaml = await RunScriptAsync(Path.Combine(RepositoryRoot.Path, "scripts", "lib", "playground-config.sh"), who);
        await File.WriteAllTextAsync(config, yaml);

        var port = FreePort.Next();
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory,
        };
        // exec: the pid we hold is the Playground's own.
        foreach (var argument in new[]
        {
            "-c", ". scripts/lib/prerequisites.sh && . scripts/lib/playground.sh && mapfile -d '' c < <(playground_command \"$PWD\" \"$1\" \"$2\" \"$3\") && cd \"$4\" && exec \"${c[@]}\"",
            "playground", port.ToString(CultureInfo.InvariantCulture), config, botEndpoint.ToString(), directory,
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.WorkingDirectory = RepositoryRoot.Path;
        var output = new ProcessOutput();
        var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        process.OutputDataReceived += (_, e) => output.Append(e.Data);
        process.ErrorDataReceived += (_, e) => output.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var playground = new PlaygroundProcess(process, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/"), output);
        await playground.WaitReadyAsync(config, TimeSpan.FromSeconds(60));
        return playground;
    }

    /// <summary>Two Playgrounds started side by side (each start waits for its own page); neither left running when the other fails.</summary>
    public static async Task<(PlaygroundProcess First, PlaygroundProcess Second)> StartBothAsync(string directory, string first, string second, Uri botEndpoint)
    {
        var starts = new[] { StartAsync(directory, first, botEndpoint), StartAsync(directory, second, botEndpoint) };
        try
        {
            await Task.WhenAll(starts);
        }
        catch
        {
            foreach (var started in starts.Where(s => s.IsCompletedSuccessfully))
            {
                await started.Result.DisposeAsync();
            }

            throw;
        }

        return (starts[0].Result, starts[1].Result);
    }

    private async Task WaitReadyAsync(string config, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                // Its start-up failures are only in its log file (chat-protocols.md §7.4).
                var log = Path.ChangeExtension(config, ".log");
                throw new InvalidOperationException($"the Playground exited with code {process.ExitCode}:\n{Output}\n{(File.Exists(log) ? await File.ReadAllTextAsync(log) : "")}");
            }

            try
            {
                using var response = await http.GetAsync(Url);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"the Playground did not answer on {Url} within {timeout}:\n{Output}");
    }

    private static async Task<string> RunScriptAsync(string script, string argument)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? text : throw new InvalidOperationException($"{script} {argument} failed ({process.ExitCode})");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
