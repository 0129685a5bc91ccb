namespace CertBot.Lab.State;

/// <summary>
/// Exclusive lock on <c>node.lock</c> (an advisory flock through FileShare.None), held around every
/// read-modify-write of a node's state so concurrent logins to one node stay consistent.
/// </summary>
internal sealed class NodeLock : IDisposable
{
    private readonly FileStream stream;

    private NodeLock(FileStream stream) => this.stream = stream;

    public static async Task<NodeLock> AcquireAsync(string stateDir, CancellationToken cancellationToken)
    {
        var path = Path.Combine(stateDir, "node.lock");
        while (true)
        {
            try
            {
                return new NodeLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                // Another login holds it: state changes are short, so poll briefly.
                await Task.Delay(5, cancellationToken);
            }
        }
    }

    public void Dispose() => stream.Dispose();
}
