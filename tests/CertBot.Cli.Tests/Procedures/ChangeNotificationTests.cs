using CertBot.Cli.Tests.Support;

namespace CertBot.Cli.Tests.Procedures;

/// <summary>
/// Certificate Change Notification that does not reach a node: P1 on lab-east with imp-sub2 receiving no copies
/// pauses after the restarts at the check of each certificate imp-sub2 lacks, naming imp-sub2, the serials and
/// the remedy; doing what it says (set cert import trust cup on imp-sub2) and Retry completes the run.
/// </summary>
[Collection(CliLabGroup.Name)]
public sealed class ChangeNotificationTests(CliLab lab) : IDisposable
{
    private readonly CertBotWorkspace certbot = new(lab);

    [Fact]
    public async Task APeerTheNewCertificateDidNotReach_PausesTheRunNamingIt_TheImportItAdvisesAndRetryComplete()
    {
        var run = await certbot.RequestAsync("regenerate", "cup", "--cluster", "lab-east");
        var plan = await certbot.ShowAsync(run);
        var checks = plan.Steps.Where(s => s.GetProperty("kind").GetString() == "VerifyPeerCopies").Select(s => s.GetProperty("title").GetString()).ToList();
        Assert.Equal(["imp-pub", "imp-sub1", "imp-sub2"], checks.Select(t => t!.Split(' ')[4].Split('\'')[0]));
        await using (await lab.InjectFaultAsync("lab-east", "imp-sub2", "nochangenotification"))
        {
            foreach (var source in new[] { "imp-pub", "imp-sub1" })
            {
                var paused = await certbot.DriveAsync(run, until: "Paused");

                Assert.Equal("VerifyPeerCopies", paused.Steps[paused.NextStep].GetProperty("kind").GetString());
                Assert.Equal($"Check the peers received {source}'s new cup certificate", paused.Steps[paused.NextStep].GetProperty("title").GetString());
                var old = paused.Steps[paused.NextStep].GetProperty("previousSerial").GetString();
                var attention = paused.Run.GetProperty("attention").GetString()!;
                // imp-sub2 alone: the peers Certificate Change Notification reached are not named.
                Assert.Matches($@"cup-trust lacks {source}'s new cup certificate \(serial [0-9A-Fa-f:]+\) on imp-sub2 \(still the old one, serial {old}\): Certificate Change Notification did not reach it\.", attention);
                Assert.Contains($"run set cert import trust cup and paste the certificate that show cert own cup/cup.pem prints on {source}", attention, StringComparison.Ordinal);

                await LabTrust.ImportAsync(lab, "lab-east", "imp-sub2", "cup", File.ReadAllText(Path.Combine(lab.Node("lab-east", source).StateDir, "certs", "own", "cup.pem")));
                await certbot.MustAsync("retry", run, "--as", CertBotWorkspace.Requester);
            }

            var done = await certbot.DriveAsync(run);

            Assert.Equal("Succeeded", done.State);
            var journal = done.Journal.Select(j => j.GetProperty("message").GetString()!).ToList();
            Assert.Contains(journal, m => m.Contains("imp-pub, imp-sub1 hold imp-sub2's new cup certificate", StringComparison.Ordinal));
        }
    }

    public void Dispose() => certbot.Dispose();
}
