namespace CertBot.Engine.Storage;

/// <summary>A run was changed by someone else since it was read; the caller re-reads and decides again.</summary>
public sealed class RunConflictException : Exception
{
    public RunConflictException(Guid runId, long expectedVersion)
        : base($"run {runId} is no longer at version {expectedVersion}")
    {
        RunId = runId;
        ExpectedVersion = expectedVersion;
    }

    public RunConflictException()
    {
    }

    public RunConflictException(string message) : base(message)
    {
    }

    public RunConflictException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public Guid RunId { get; }

    public long ExpectedVersion { get; }
}
