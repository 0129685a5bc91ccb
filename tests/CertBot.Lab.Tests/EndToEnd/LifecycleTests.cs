using CertBot.Testing;
using Xunit.Abstractions;

namespace CertBot.Lab.Tests.EndToEnd;

/// <summary>
/// up, status and down of labs of their own (127.0.4.x, beside the shared lab): down must leave no process,
/// whatever was running (logins, simulators) and even when the binaries are gone.
/// </summary>
public sealed class LifecycleTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Down_WithLoginsOpen_LeavesNoProcessOfTheLab()
    {
        var lab = new LifecycleLab();
        try
        {
            await lab.InitializeAsync();
            output.WriteLine($"scripts/lab up took {lab.StartDuration.TotalSeconds:0.0} s\n{lab.StartOutput}");
            var status = await lab.RunLabAsync("status");
            Assert.Equal(0, status.ExitCode);
            Assert.Equal(lab.Inventory.Clusters.Sum(c => c.Nodes.Count) + 1, status.Output.Split('\n').Count(l => l.EndsWith("reachable", StringComparison.Ordinal)));

            var namespaces = LabProcessScan.RecordedNamespaces(lab.RuntimeDirectory);
            await using var session = await lab.ConnectAsync("lab-east", "cucm-pub");
            await OpenSshSftp.BatchAsync(lab.Inventory.Sftp.Endpoint, "pwd\n");
            var before = LabProcessScan.Running(lab.RuntimeDirectory, namespaces);
            AssertSimulatorAndLogin(before);

            var down = await lab.RunLabAsync("down");

            Assert.Equal(0, down.ExitCode);
            Assert.Empty(LabProcessScan.StillRunning(before));
            Assert.Empty(LabProcessScan.NamingDirectory(lab.RuntimeDirectory));
            Assert.NotEqual(0, await session.WaitForExitAsync());
            Assert.Equal(3, (await lab.RunLabAsync("status")).ExitCode);
        }
        finally
        {
            await lab.DisposeAsync();
        }
    }

    [Fact]
    public async Task Up_OnARunningLab_StopsThePreviousDaemonsFirst()
    {
        var lab = new LifecycleLab();
        try
        {
            await lab.InitializeAsync();
            var first = LabProcessScan.RecordedListeners(lab.RuntimeDirectory);
            var again = await lab.RunLabAsync("up", "--profile", "test", "--address-prefix", lab.Options.AddressPrefix, "--port", lab.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(0, again.ExitCode);

            var second = LabProcessScan.RecordedListeners(lab.RuntimeDirectory);
            Assert.Empty(LabProcessScan.StillRunning(first));
            Assert.Equal(second, LabProcessScan.StillRunning(second));
            Assert.Equal(0, (await lab.RunLabAsync("status")).ExitCode);
        }
        finally
        {
            await lab.DisposeAsync();
        }
    }

    [Fact]
    public async Task Down_WithoutTheBinaries_StopsTheLabFromItsPidRecord()
    {
        var lab = new LifecycleLab();
        try
        {
            await lab.InitializeAsync();
            var namespaces = LabProcessScan.RecordedNamespaces(lab.RuntimeDirectory);
            await using var session = await lab.ConnectAsync("lab-west", "cucm-pub");
            var before = LabProcessScan.Running(lab.RuntimeDirectory, namespaces);
            AssertSimulatorAndLogin(before);
            Directory.Delete(Path.Combine(lab.RuntimeDirectory, "bin"), recursive: true);

            var down = await lab.RunLabAsync("down");

            Assert.Equal(0, down.ExitCode);
            Assert.Empty(LabProcessScan.StillRunning(before));
            Assert.Empty(LabProcessScan.NamingDirectory(lab.RuntimeDirectory));
        }
        finally
        {
            await lab.DisposeAsync();
        }
    }

    [Fact]
    public async Task Up_InADirectoryTheFakeAdminCannotReach_RelocatesUnderTmpAndLinksIt()
    {
        var parent = Directory.CreateTempSubdirectory("certbot-private-").FullName;
        File.SetUnixFileMode(parent, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var lab = new LifecycleLab(Path.Combine(parent, "lab"));
        try
        {
            await lab.InitializeAsync();
            var link = new DirectoryInfo(lab.RuntimeDirectory);
            Assert.NotNull(link.LinkTarget);
            Assert.StartsWith("/tmp/certbot-lab-", link.LinkTarget, StringComparison.Ordinal);

            await using var session = await lab.ConnectAsync("lab-east", "imp-pub");
            Assert.Contains("Active Master Version", await session.RunAsync("show version active"), StringComparison.Ordinal);
        }
        finally
        {
            await lab.DisposeAsync();
            Directory.Delete(parent, recursive: true);
        }
    }

    private sealed class LifecycleLab(string? directory = null) : LabFixture(new LabFixtureOptions("lifecycle", "127.0.14") { RuntimeDirectory = directory });

    /// <summary>The lab's resident simulator runs, and the open login is handed to it by its socat.</summary>
    private static void AssertSimulatorAndLogin(IReadOnlyList<LabProcess> running)
    {
        Assert.Contains(running, p => p.CommandLine.Contains("certbot-lab.dll serve-nodes", StringComparison.Ordinal));
        Assert.Contains(running, p => p.CommandLine.StartsWith("socat ", StringComparison.Ordinal));
    }
}
