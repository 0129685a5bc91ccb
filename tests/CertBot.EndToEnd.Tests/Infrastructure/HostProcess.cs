using System.Diagnostics;
using System.Globalization;
using CertBot.Testing;

namespace CertBot.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The CertBot host (<c>certbot-host.dll</c> from src/CertBot.Host's own build output) as a child process on
/// a free loopback port, with its own SQLite file. Stopped by pid (SIGTERM, as systemd does) on dispose.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;

    private HostProcess(Process process, Uri baseAddress, string databasePath, ProcessOutput output)
    {
        this.process = process;
        BaseAddress = baseAddress;
        DatabasePath = databasePath;
        Output = output;
    }

    public Uri BaseAddress { get; }

    public Uri MessagesUrl => new(BaseAddress, "/api/messages");

    public string DatabasePath { get; }

    public ProcessOutput Output { get; }

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>The configuration the tests were built in (Release, Debug): the host's is the same.</summary>
    public static string BuildConfiguration =>
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Debug";

    /// <summary>The host's build output, in the configuration the tests were built in.</summary>
    public static string HostDll
    {
        get
        {
            var dll = Path.Combine(RepositoryRoot.Path, "src", "CertBot.Host", "bin", BuildConfiguration, "net10.0", "certbot-host.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException($"the host is not built: {dll} (dotnet build src/CertBot.Host -c {BuildConfiguration})", dll);
        }
    }

    /// <summary>Starts the host without waiting; <see cref="WaitHealthyAsync"/> or <see cref="WaitExitAsync"/> next.</summary>
    /// <param name="arguments">After <c>--urls</c>, e.g. <c>--config lab.json</c>.</param>
    /// <param name="environment">Extra environment (secrets, overrides); null removes a variable.</param>
    public static HostProcess Start(string directory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, string? urls = null)
    {
        Directory.CreateDirectory(directory);
        var port = FreePort.Next();
        var baseAddress = new Uri(urls ?? $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var database = Path.Combine(directory, "certbot.db");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory,
        };
        start.ArgumentList.Add(HostDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CertBot__Storage__SqlitePath"] = database;
        start.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        var output = new ProcessOutput();
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, e) => output.Append(e.Data);
        process.ErrorDataReceived += (_, e) => output.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new HostProcess(process, baseAddress, database, output);
    }

    /// <summary>Waits until <c>/healthz</c> answers 200; fails with the host's output when it exits or times out.</summary>
    public async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the host exited with code {process.ExitCode}:\n{Output.Tail()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(BaseAddress, "/healthz"));
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

            await Task.Delay(200);
        }

        throw new TimeoutException($"the host did not become healthy within {timeout}:\n{Output.Tail()}");
    }

    public async Task<int> WaitExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(limit.Token);
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>SIGTERM, as systemd stops it; the host stops its services through the stopping token.</summary>
    /// <returns>The exit code.</returns>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        if (!process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var limit = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"the host did not stop within {timeout} of SIGTERM:\n{Output.Tail()}");
            }
        }

        process.WaitForExit();
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync(TimeSpan.FromSeconds(20));
        }
        catch (TimeoutException)
        {
            // Killed; the test has its own assertions.
        }

        process.Dispose();
    }
}
