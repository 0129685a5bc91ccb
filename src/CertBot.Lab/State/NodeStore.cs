using System.Text.Json;

namespace CertBot.Lab.State;

/// <summary>
/// The state directory of one node. Every access runs under the exclusive <see cref="NodeLock"/>; an
/// update saves <c>node.json</c> atomically before the lock is released.
/// </summary>
public sealed class NodeStore
{
    public NodeStore(string stateDir)
    {
        StateDir = stateDir;
        Files = new CertificateFiles(stateDir);
    }

    /// <summary>The node's state directory.</summary>
    public string StateDir { get; }

    /// <summary>Certificate, key and CSR files of the node (use them inside a locked call).</summary>
    public CertificateFiles Files { get; }

    private string StatePath => Path.Combine(StateDir, "node.json");

    /// <summary>True when the directory holds a node.</summary>
    public bool Exists => File.Exists(StatePath);

    /// <summary>Reads under the lock without saving.</summary>
    public async Task<T> ReadAsync<T>(Func<NodeState, CertificateFiles, T> read, CancellationToken cancellationToken)
    {
        using var held = await NodeLock.AcquireAsync(StateDir, cancellationToken);
        return read(LoadUnlocked(), Files);
    }

    /// <summary>Read-modify-write under the lock; <c>node.json</c> is saved after <paramref name="mutate"/>.</summary>
    public async Task<T> UpdateAsync<T>(Func<NodeState, CertificateFiles, T> mutate, CancellationToken cancellationToken)
    {
        using var held = await NodeLock.AcquireAsync(StateDir, cancellationToken);
        var state = LoadUnlocked();
        var result = mutate(state, Files);
        SaveUnlocked(state);
        return result;
    }

    /// <summary>Loads <c>node.json</c>; callers hold the lock or own the directory exclusively (seeding).</summary>
    /// <exception cref="InvalidDataException">The file is not a node state.</exception>
    public NodeState LoadUnlocked() =>
        JsonSerializer.Deserialize<NodeState>(File.ReadAllText(StatePath), StateJson.Options)
        ?? throw new InvalidDataException($"{StatePath} holds no node state");

    /// <summary>Saves <c>node.json</c> (owner-only: it may hold the bulk SFTP password).</summary>
    public void SaveUnlocked(NodeState state) =>
        AtomicFile.WriteAllText(StatePath, JsonSerializer.Serialize(state, StateJson.Options), ownerOnly: true);
}
