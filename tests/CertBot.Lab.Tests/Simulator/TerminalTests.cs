using System.Diagnostics;
using System.Text;

namespace CertBot.Lab.Tests.Simulator;

/// <summary>The simulator under a real pseudo-terminal (util-linux `script`), as sshd runs it for a PTY login.</summary>
public sealed class TerminalTests : IClassFixture<SimulatorLabFixture>
{
    private readonly SimulatorLab lab;

    public TerminalTests(SimulatorLabFixture fixture) => lab = fixture.Lab;

    [Fact]
    public async Task UnderAPty_LineEndsAreSingleCrLf_AndTheCommandIsEchoedOnce()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "certbot-lab.dll");
        var start = new ProcessStartInfo("script")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-q", "-f", "-e", "-E", "never", "-c", $"TERM=dumb exec dotnet {dll} node", "/dev/null" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["LAB_NODE_STATE"] = lab.StateDir("lab-west", "cucm-pub");
        using var script = Process.Start(start)!;
        var output = new StringBuilder();
        var reader = Task.Run(async () =>
        {
            var buffer = new char[4096];
            int read;
            while ((read = await script.StandardOutput.ReadAsync(buffer)) > 0)
            {
                lock (output)
                {
                    output.Append(buffer, 0, read);
                }
            }
        });

        await WaitForAsync(output, t => t.EndsWith("admin:", StringComparison.Ordinal));
        await script.StandardInput.WriteAsync("show version active\r");
        await script.StandardInput.FlushAsync();
        await WaitForAsync(output, t => t.Contains("Options Found.", StringComparison.Ordinal) && t.EndsWith("admin:", StringComparison.Ordinal));
        await script.StandardInput.WriteAsync("exit\r");
        await script.StandardInput.FlushAsync();
        script.StandardInput.Close();
        await script.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
        await reader;

        var text = output.ToString();
        Assert.DoesNotContain("\r\r\n", text);
        Assert.DoesNotContain("\u001b[?1h", text);
        Assert.Single(AllIndexes(text, "show version active"));
        Assert.Contains("admin:show version active\r\nActive Master Version: 12.5.1.14900-63\r\n", text);
    }

    private static IEnumerable<int> AllIndexes(string text, string value)
    {
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            yield return i;
        }
    }

    private static async Task WaitForAsync(StringBuilder output, Func<string, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            string text;
            lock (output)
            {
                text = output.ToString();
            }

            if (done(text))
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"PTY output so far:\n{NodeConsole.Visible(text)}");
            }

            await Task.Delay(10);
        }
    }
}
