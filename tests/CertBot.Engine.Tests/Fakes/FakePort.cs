using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Engine.Tests.Fakes;

/// <summary>A node port over fake nodes that logs every command in the order nodes receive them.</summary>
public sealed class FakePort : INodePort
{
    public Dictionary<string, FakeNode> Nodes { get; } = new(StringComparer.Ordinal);

    /// <summary>"node: command" for every operation, read-only ones included.</summary>
    public List<string> Log { get; } = [];

    /// <summary>Sessions opened per node name.</summary>
    public Dictionary<string, int> Opened { get; } = new(StringComparer.Ordinal);

    /// <summary>Throws a <see cref="NodeException"/> for the matching "node: command" (once per entry).</summary>
    public List<string> FailOnce { get; } = [];

    /// <summary>Called before each command; a test uses it to cancel or to "crash".</summary>
    public Action<string>? BeforeCommand { get; set; }

    public List<string> SftpFiles { get; } = [];

    /// <summary>"node/unit" certificates the exports leave out, as a real node without that unit does.</summary>
    public HashSet<string> NotExported { get; } = new(StringComparer.Ordinal);

    /// <summary>What the exported files (not lost) hold: each file's node's identity certificates the import maps.</summary>
    public IEnumerable<BulkCertificate> Exported() =>
        from file in SftpFiles.Where(f => !LostFiles.Contains(f)).Distinct()
        from node in Nodes.Values
        let fqdn = node.Members.Single(m => m.HostName == node.Ref.Name).Fqdn!
        where file == fqdn + ".p12"
        from certificate in node.Own
        where CertBot.Engine.Planning.ImportMapping.StoresFor(certificate.Unit).Count > 0 && !NotExported.Contains($"{node.Ref.Name}/{certificate.Unit}")
        select new BulkCertificate(fqdn, certificate.Unit, certificate with { Store = "pkcs12", File = file });

    /// <summary>The SFTP server refuses every connection.</summary>
    public bool SftpUnreachable { get; set; }

    /// <summary>Files the SFTP listing leaves out, as if an export had not arrived.</summary>
    public HashSet<string> LostFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>What a failing command "printed".</summary>
    public string FailureOutput { get; set; } = "Executed command unsuccessfully";

    public FakeNode Add(FakeNode node)
    {
        Nodes[node.Ref.Name] = node;
        return node;
    }

    public IEnumerable<string> Changes => Log.Where(l => !l.Contains(": show", StringComparison.Ordinal) && !l.Contains(": utils service list", StringComparison.Ordinal)
        && !l.Contains(": utils dbreplication", StringComparison.Ordinal));

    /// <summary>Nodes that refuse logins.</summary>
    public HashSet<string> Unreachable { get; } = new(StringComparer.Ordinal);

    /// <summary>How long a login takes; with a delay, concurrent logins overlap.</summary>
    public TimeSpan LoginDelay { get; set; }

    /// <summary>The most logins that were in progress at once.</summary>
    public int MostConcurrentLogins { get; private set; }

    private int loginsInProgress;

    public async Task<INodeSession> OpenAsync(NodeRef node, CancellationToken cancellationToken)
    {
        lock (Log)
        {
            // Under the lock: two logins starting together must not under-report each other.
            MostConcurrentLogins = Math.Max(MostConcurrentLogins, ++loginsInProgress);
        }

        try
        {
            if (LoginDelay > TimeSpan.Zero)
            {
                await Task.Delay(LoginDelay, cancellationToken);
            }

            if (Unreachable.Contains(node.Name))
            {
                throw new NodeException(NodeFailure.Unreachable, node.Name, null, null, $"{node.Name} does not answer on port 22");
            }

            lock (Opened)
            {
                Opened[node.Name] = Opened.GetValueOrDefault(node.Name) + 1;
            }

            return new FakeSession(this, Nodes[node.Name]);
        }
        finally
        {
            lock (Log)
            {
                loginsInProgress--;
            }
        }
    }

    internal void Record(FakeNode node, string command)
    {
        var line = $"{node.Ref.Name}: {command}";
        BeforeCommand?.Invoke(line);
        // Sessions of an inventory record from several threads at once.
        lock (Log)
        {
            if (FailOnce.Remove(line))
            {
                throw new NodeException(NodeFailure.CommandFailed, node.Ref.Name, command, FailureOutput, $"{command} failed on {node.Ref.Name}");
            }

            Log.Add(line);
        }
    }
}
