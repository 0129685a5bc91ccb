using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using CertBot.Lab.State;

namespace CertBot.Lab.Tests.Simulator;

public sealed class StateTests : IClassFixture<SimulatorLabFixture>
{
    private readonly SimulatorLab lab;

    public StateTests(SimulatorLabFixture fixture) => lab = fixture.Lab;

    [Fact]
    public async Task Regeneration_IsSeenByTheNextLogin()
    {
        await using (var first = await lab.LoginAsync("lab-west", "cucm-sub1"))
        {
            await first.RunUntilAsync("set cert regen ipsec", "(yes|no)? ");
            await first.AnswerAsync("yes");
            await first.CloseAsync();
        }

        var serial = X509Certificate2.CreateFromPem(lab.Store("lab-west", "cucm-sub1").Files.ReadOwnCertificate("ipsec")).SerialNumber.ToLowerInvariant();
        await using var second = await lab.LoginAsync("lab-west", "cucm-sub1");
        await second.RunAsync("set cli pagination off");

        Assert.Equal(serial, Output.Field(await second.RunAsync("show cert own ipsec"), "Serial Number:"));
    }

    [Fact]
    public async Task ConcurrentLogins_StoppingDifferentServices_LoseNoUpdate()
    {
        string[] services = ["Cisco AMC Service", "Cisco AXL Web Service", "Cisco Audit Event Service", "Cisco CTIManager", "Cisco HAProxy", "Cisco RIS Data Collector"];
        var sessions = await Task.WhenAll(services.Select(_ => lab.LoginAsync("lab-east", "cucm-pub")));
        try
        {
            await Task.WhenAll(sessions.Select((s, i) => s.RunAsync($"utils service stop {services[i]}")));
        }
        finally
        {
            foreach (var session in sessions)
            {
                await session.DisposeAsync();
            }
        }

        var state = lab.State("lab-east", "cucm-pub");
        Assert.All(services, name => Assert.Equal(ServiceStates.Stopped, state.Services.Single(s => s.Name == name).State));
    }

    [Fact]
    public async Task CommandsLog_HoldsTimestampTabCommand_AndNoPromptAnswers()
    {
        await using var node = await lab.LoginAsync("lab-east", "imp-sub1");
        await node.RunUntilAsync("set cert bulk sftp", "IP address: ");
        await node.RunUntilAsync("127.0.5.10", "port [22]: ");
        await node.RunUntilAsync("22", "user name: ");
        await node.RunUntilAsync("sftpuser", "password: ");
        node.MarkNow();
        await node.SendAsync("S3cret-Pa55\r");
        var afterPassword = await node.WaitForAsync(t => t.Contains("directory: ", StringComparison.Ordinal));
        await node.AnswerAsync("/drop");
        await node.RunAsync("show version active");

        var log = await File.ReadAllLinesAsync(Path.Combine(lab.StateDir("lab-east", "imp-sub1"), "commands.log"));
        Assert.DoesNotContain("S3cret", afterPassword);
        Assert.DoesNotContain(log, l => l.Contains("S3cret", StringComparison.Ordinal) || l.Contains("sftpuser", StringComparison.Ordinal));
        var (stamp, command) = (log[^1].Split('\t')[0], log[^1].Split('\t')[1]);
        Assert.Equal("show version active", command);
        Assert.Equal("set cert bulk sftp", log[^2].Split('\t')[1]);
        var when = DateTimeOffset.Parse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        Assert.InRange(DateTimeOffset.UtcNow - when, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Assert.EndsWith("Z", stamp);
        // command-times.log: start, milliseconds, command, once each has finished; the login banner as (login).
        var times = (await File.ReadAllLinesAsync(Path.Combine(lab.StateDir("lab-east", "imp-sub1"), "command-times.log"))).Select(l => l.Split('\t')).ToList();
        Assert.DoesNotContain(times, t => string.Join(' ', t).Contains("S3cret", StringComparison.Ordinal));
        Assert.Equal(["(login)", "set cert bulk sftp", "show version active"], times.TakeLast(3).Select(t => t[2]));
        Assert.All(times.TakeLast(3), t => Assert.InRange(double.Parse(t[1], CultureInfo.InvariantCulture), 0, 60_000));
        var saved = lab.State("lab-east", "imp-sub1").BulkSftp!;
        Assert.Equal(("127.0.5.10", 22, "sftpuser", "S3cret-Pa55", "/drop"), (saved.Host, saved.Port, saved.User, saved.Password, saved.Directory));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(lab.StateDir("lab-east", "imp-sub1"), "node.json")));
    }
}
