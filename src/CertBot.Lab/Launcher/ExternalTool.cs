using System.Diagnostics;

namespace CertBot.Lab.Launcher;

/// <summary>
/// Runs a system tool to completion and captures both streams. Secrets are passed on standard input only,
/// never as arguments (arguments are visible to every user in <c>/proc</c>).
/// </summary>
internal static class ExternalTool
{
    public static async Task<ToolResult> RunAsync(
        string file, IEnumerable<string> arguments, string? standardInput = null, CancellationToken ct = default)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new LabLauncherException($"could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput.AsMemory(), ct);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync(ct);
        return new ToolResult(process.ExitCode, await output, await error);
    }

    /// <summary>Runs the tool and returns its standard output.</summary>
    /// <exception cref="LabToolException">The tool exited with a non-zero code.</exception>
    public static async Task<string> RunCheckedAsync(
        string file, IEnumerable<string> arguments, string? standardInput = null, CancellationToken ct = default)
    {
        var result = await RunAsync(file, arguments, standardInput, ct);
        if (result.ExitCode != 0)
        {
            throw new LabToolException(Path.GetFileName(file), result.ExitCode, result.Combined);
        }

        return result.Output;
    }
}
