namespace CertBot.Engine.Storage;

/// <summary>A cluster already has an active changing run.</summary>
public sealed class ClusterBusyException : Exception
{
    public ClusterBusyException(string cluster, Guid holder)
        : base($"cluster {cluster} is busy with run {holder}")
    {
        Cluster = cluster;
        Holder = holder;
    }

    public ClusterBusyException()
    {
        Cluster = "";
    }

    public ClusterBusyException(string message) : base(message)
    {
        Cluster = "";
    }

    public ClusterBusyException(string message, Exception innerException) : base(message, innerException)
    {
        Cluster = "";
    }

    public string Cluster { get; }

    public Guid Holder { get; }
}
