using System.Diagnostics;

namespace CertBot.Cli.Tests.Support;

/// <summary>
/// The real <c>certbot</c> program as a child process (<c>dotnet certbot.dll …</c>), built beside the tests.
/// </summary>
public static class CertBotProgram
{
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "certbot.dll");

    /// <param name="environment">Variables set for the child only (a connection string, say).</param>
    /// <param name="workingDirectory">Where certbot runs; by default the tests' own directory.</param>
    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        if (!File.Exists(Path))
        {
            throw new FileNotFoundException($"certbot.dll is not beside the tests ({Path}): the CertBot.Cli project reference did not copy it");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>Runs certbot to its end; a run past <paramref name="timeout"/> is killed and fails the test.</summary>
    public static async Task<CertBotResult> RunAsync(
        IReadOnlyList<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        using var process = Process.Start(StartInfo(arguments, environment, workingDirectory)) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"certbot {string.Join(' ', arguments)} did not end within {timeout}:\n{await output}\n{await error}");
        }

        return new CertBotResult(string.Join(' ', arguments), process.ExitCode, await output, await error);
    }
}
