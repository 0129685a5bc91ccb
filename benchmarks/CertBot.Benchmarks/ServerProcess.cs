using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CertBot.Benchmarks;

/// <summary>
/// A server the ack benchmark runs as its own process: the CertBot host (<c>certbot-host.dll</c>, built beside the
/// repository's sources), the bare endpoint (this benchmark's own dll, <c>bare</c>) or the connector the host answers
/// into (<c>sink</c>). Killed with its tree on dispose.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private ServerProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public Uri Messages => new(BaseAddress, "/api/messages");

    /// <summary>The CertBot host in local mode (no app id) on loopback, with <paramref name="config"/> and its own SQLite file.</summary>
    /// <param name="settings">More configuration as environment variables (<c>CertBot__Facts__Refresh</c>, …).</param>
    public static ServerProcess Host(string directory, string config, int port, IReadOnlyDictionary<string, string>? settings = null)
    {
        var dll = Path.Combine(RepositoryRoot(), "src", "CertBot.Host", "bin", "Release", "net10.0", "certbot-host.dll");
        var address = new Uri($"http://127.0.0.1:{port}");
        return Start(directory, [dll, "--urls", address.ToString().TrimEnd('/'), "--config", config], address, new Dictionary<string, string>
        {
            // Logging as configured in the repository (every request's start and end at Information), as deployed.
            ["CertBot__Storage__SqlitePath"] = Path.Combine(directory, "certbot.db"),
        }.Concat(settings ?? new Dictionary<string, string>()).ToDictionary());
    }

    /// <summary>The bare ASP.NET Core endpoint (<see cref="BareEndpoint"/>).</summary>
    public static ServerProcess Bare(string directory, int port) => Benchmark("bare", directory, port);

    /// <summary>The connector the host answers into (<see cref="ReplySink.RunAsync"/>).</summary>
    public static ServerProcess Sink(string directory, int port) => Benchmark("sink", directory, port);

    /// <summary>This benchmark's own program, as a server: <paramref name="verb"/> <c>--urls</c>.</summary>
    private static ServerProcess Benchmark(string verb, string directory, int port)
    {
        var address = new Uri($"http://127.0.0.1:{port}");
        return Start(directory, [Path.Combine(AppContext.BaseDirectory, "CertBot.Benchmarks.dll"), verb, "--urls", address.ToString().TrimEnd('/')], address, []);
    }

    /// <summary>A loopback port free now, for a server to listen on.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until a POST of <paramref name="body"/> to <see cref="Messages"/> is answered 200.</summary>
    public Task WaitReadyAsync(HttpClient http, Func<string> body) =>
        WaitReadyAsync(http, () => new HttpRequestMessage(HttpMethod.Post, Messages) { Content = new StringContent(body(), Encoding.UTF8, "application/json") });

    /// <summary>Waits until <paramref name="request"/> is answered with a success status.</summary>
    public async Task WaitReadyAsync(HttpClient http, Func<HttpRequestMessage> request)
    {
        for (var tries = 0; tries < 600; tries++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"a server ended with exit code {process.ExitCode}:\n{Output}");
            }

            try
            {
                using var sent = request();
                using var response = await http.SendAsync(sent);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"a server did not answer within a minute:\n{Output}");
    }

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

    private static ServerProcess Start(string directory, IEnumerable<string> arguments, Uri address, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new ServerProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"), address);
    }

    /// <summary>The repository this benchmark was built in (CertBot.sln above its output).</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CertBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("the benchmark does not run from inside the repository: CertBot.sln not found above " + AppContext.BaseDirectory);
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
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }
}
