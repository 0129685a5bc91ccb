using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;

namespace CertBot.Testing;

/// <summary>
/// A running lab for one test assembly: <c>scripts/lab up --profile test</c> in a private runtime directory on
/// the assembly's own loopback addresses, <c>scripts/lab down</c> at the end. Use it as an xunit collection
/// fixture through a small subclass that names the assembly's addresses:
/// <code>
/// public sealed class CiscoLab() : LabFixture(new LabFixtureOptions("cisco-tests", "127.0.3"));
///
/// [CollectionDefinition(Name)]
/// public sealed class CiscoLabCollection : ICollectionFixture&lt;CiscoLab&gt; { public const string Name = "cisco lab"; }
///
/// [Collection(CiscoLabCollection.Name)]
/// public sealed class SomeTests(CiscoLab lab) { ... lab.Node("lab-east", "cucm-pub") ... }
/// </code>
/// A lab that cannot start (sshd missing and not installable, build broken, address taken) fails every test
/// of the collection with <see cref="LabScriptException"/> and the script's output: it never skips.
/// Tests that change a node's state should restore it or use a node no other test reads.
/// Set <c>CERTBOT_LAB_KEEP=1</c> to keep the runtime directory after the run (logs, state, command logs).
/// </summary>
public abstract class LabFixture : IAsyncLifetime
{
    /// <summary>First port tried when the options name none.</summary>
    private const int FirstFreePort = 2222;

    private LabInventory? inventory;
    private FileStream? ownership;

    protected LabFixture(LabFixtureOptions options)
    {
        Options = options;
        var suffix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        RuntimeDirectory = options.RuntimeDirectory ?? Path.Combine(Path.GetTempPath(), $"certbot-lab-{options.Name}-{suffix}");
    }

    /// <summary>Addresses, port and profile of this lab.</summary>
    public LabFixtureOptions Options { get; }

    /// <summary>SSH port of every node of the running lab (<see cref="LabFixtureOptions.Port"/>, or the first free one).</summary>
    public int Port { get; private set; }

    /// <summary>The lab's runtime directory (inventory.json, certbot.json, node state, sshd logs).</summary>
    public string RuntimeDirectory { get; }

    /// <summary>The lab's inventory.json (mode 0600: it holds the passwords).</summary>
    public string InventoryPath => Path.Combine(RuntimeDirectory, "inventory.json");

    /// <summary>The lab's clusters in CertBot's configuration format.</summary>
    public string CertBotConfigPath => Path.Combine(RuntimeDirectory, "certbot.json");

    /// <summary>Nodes, credentials and host keys of the running lab.</summary>
    /// <exception cref="InvalidOperationException">The lab has not been started.</exception>
    public LabInventory Inventory => inventory ?? throw new InvalidOperationException("the lab is not up: InitializeAsync has not run");

    /// <summary>How long <c>scripts/lab up</c> took (including a build of the lab when its sources changed).</summary>
    public TimeSpan StartDuration { get; private set; }

    /// <summary>What <c>scripts/lab up</c> printed.</summary>
    public string StartOutput { get; private set; } = "";

    /// <summary>A node by cluster and short name.</summary>
    public LabNode Node(string cluster, string name) => Inventory.Node(cluster, name);

    /// <summary>Logs in to a node with the OpenSSH client and reads its banner up to the first prompt.</summary>
    public Task<OpenSshClient> ConnectAsync(string cluster, string name, TimeSpan? timeout = null) =>
        OpenSshClient.ConnectAsync(Node(cluster, name).Endpoint, timeout);

    /// <summary>Runs <c>scripts/lab &lt;arguments&gt; --dir &lt;this lab&gt;</c>.</summary>
    public Task<LabScriptResult> RunLabAsync(params string[] arguments) =>
        LabScript.RunAsync([.. arguments, "--dir", RuntimeDirectory], TimeSpan.FromMinutes(2));

    /// <summary>Injects a fault: <c>scripts/lab fault cluster/node kind args</c> (see src/CertBot.Lab/README.md).</summary>
    /// <exception cref="LabScriptException">The lab refused the fault.</exception>
    public async Task FaultAsync(string cluster, string node, string kind, params string[] arguments)
    {
        var result = await RunLabAsync(["fault", $"{cluster}/{node}", kind, .. arguments]);
        if (result.ExitCode != 0)
        {
            throw new LabScriptException($"fault {kind} on {cluster}/{node} failed (exit code {result.ExitCode})", result.Output);
        }
    }

    /// <summary>Injects a fault that <see cref="LabFault.DisposeAsync"/> clears again (all of the node's faults).</summary>
    /// <exception cref="LabScriptException">The lab refused the fault.</exception>
    public async Task<LabFault> InjectFaultAsync(string cluster, string node, string kind, params string[] arguments)
    {
        await FaultAsync(cluster, node, kind, arguments);
        return new LabFault(this, cluster, node);
    }

    /// <summary>
    /// The lab CA answers a CSR (<c>scripts/lab sign</c>): the signed certificate followed by its chain, as PEM.
    /// <paramref name="flaw"/> asks for a wrong answer (<c>other-key</c>, <c>missing-san</c>, <c>expired</c>,
    /// <c>incomplete-chain</c>, <c>self-signed</c>).
    /// </summary>
    /// <exception cref="LabScriptException">The lab refused to sign.</exception>
    public async Task<string> SignAsync(string csrPem, bool intermediate, string? flaw = null)
    {
        // Not in the runtime directory: the lab refuses to manage a directory holding files it does not know.
        var work = Directory.CreateTempSubdirectory("certbot-lab-sign-");
        try
        {
            var csrFile = Path.Combine(work.FullName, "request.csr");
            var answerFile = Path.Combine(work.FullName, "answer.pem");
            await File.WriteAllTextAsync(csrFile, csrPem);
            string[] arguments = ["sign", csrFile, "--out", answerFile, .. intermediate ? new[] { "--intermediate" } : [], .. flaw is null ? [] : new[] { "--flaw", flaw }];
            var result = await RunLabAsync(arguments);
            return result.ExitCode == 0
                ? await File.ReadAllTextAsync(answerFile)
                : throw new LabScriptException($"the lab CA did not sign (exit code {result.ExitCode})", result.Output);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Starts the lab; throws <see cref="LabScriptException"/> with the script's output when it does not come up.</summary>
    public async Task InitializeAsync()
    {
        var watch = Stopwatch.StartNew();
        ownership = LabOwnership.TryClaim(RuntimeDirectory);
        await StopAbandonedLabsAsync();
        var port = Options.Port ?? FirstFreePort;
        LabScriptResult result;
        while (true)
        {
            result = await LabScript.RunAsync(
                ["up", "--profile", Options.Profile, "--dir", RuntimeDirectory, "--address-prefix", Options.AddressPrefix,
                 "--port", port.ToString(CultureInfo.InvariantCulture), .. Options.Definition is { } definition ? ["--definition", definition] : Array.Empty<string>()],
                Options.StartTimeout);

            // A concurrent run of the same tests (another engineer, another checkout) holds these addresses on
            // this port: take the next one, unless the caller asked for a port.
            if (result.ExitCode == 0 || Options.Port is not null || port >= FirstFreePort + 20
                || !result.Output.Contains("cannot listen", StringComparison.Ordinal))
            {
                break;
            }

            port++;
        }

        StartOutput = result.Output;
        if (result.ExitCode != 0)
        {
            await LabScript.RunAsync(["down", "--dir", RuntimeDirectory], TimeSpan.FromMinutes(1));
            throw new LabScriptException($"the lab did not come up (scripts/lab up exit code {result.ExitCode})", result.Output);
        }

        Port = port;
        inventory = LabInventory.Load(InventoryPath);
        StartDuration = watch.Elapsed;
    }

    /// <summary>
    /// A run that was killed (Ctrl-C in the middle of dotnet test) leaves its lab running, and a lab that failed
    /// to start leaves its directory for diagnosis: stop and remove earlier labs of the same name whose owning
    /// process is gone. Labs of concurrent runs keep their lock and are left alone.
    /// </summary>
    private async Task StopAbandonedLabsAsync()
    {
        if (Options.RuntimeDirectory is not null)
        {
            return;
        }

        foreach (var old in Directory.GetDirectories(Path.GetTempPath(), $"certbot-lab-{Options.Name}-*"))
        {
            if (old == RuntimeDirectory || LabOwnership.TryClaim(old) is not { } claim)
            {
                continue;
            }

            try
            {
                var down = await LabScript.RunAsync(["down", "--dir", old], TimeSpan.FromMinutes(1));
                if (down.ExitCode != 0)
                {
                    throw new LabScriptException($"an abandoned lab in {old} did not stop", down.Output);
                }

                Directory.Delete(old, recursive: true);
            }
            finally
            {
                LabOwnership.Release(claim, old);
            }
        }
    }

    /// <summary>Stops every process of the lab; throws when some did not stop.</summary>
    public async Task DisposeAsync()
    {
        var result = await LabScript.RunAsync(["down", "--dir", RuntimeDirectory], TimeSpan.FromMinutes(1));
        if (result.ExitCode != 0)
        {
            throw new LabScriptException($"the lab did not stop (scripts/lab down exit code {result.ExitCode})", result.Output);
        }

        if (Environment.GetEnvironmentVariable("CERTBOT_LAB_KEEP") == "1")
        {
            LabOwnership.Release(ownership, RuntimeDirectory);
            return;
        }

        // The lab may have moved its runtime under /tmp and left a symlink here: remove both.
        var directory = new DirectoryInfo(RuntimeDirectory);
        if (directory.LinkTarget is { } target)
        {
            directory.Delete();
            directory = new DirectoryInfo(target);
        }

        if (directory.Exists)
        {
            directory.Delete(recursive: true);
        }

        LabOwnership.Release(ownership, RuntimeDirectory);
    }
}
