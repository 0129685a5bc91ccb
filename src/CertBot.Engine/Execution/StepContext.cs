using CertBot.Engine.Configuration;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;
using CertBot.Engine.Planning;
using CertBot.Engine.Planning.Facts;

namespace CertBot.Engine.Execution;

/// <summary>What an executor gets: the step, the run's sessions, and the secrets and SFTP access some steps need.</summary>
public sealed class StepContext(
    PlanStep step, RunSessions sessions, EngineOptions options, ISecretSource secrets, IBulkDirectory? bulkDirectory, SecretMasker masker)
{
    public PlanStep Step { get; } = step;

    /// <summary>Which attempt of the step this is (1 the first); a retry may find its change already made.</summary>
    public int Attempt { get; init; } = 1;

    public IBulkDirectory? BulkDirectory { get; } = bulkDirectory;

    /// <summary>The run's whole plan, for steps that judge what earlier steps did (the health check after the restarts).</summary>
    public Plan? Plan { get; init; }

    /// <summary>P9: the run's CSRs and the CA's validated answer.</summary>
    public Renewal.RenewalMaterial Renewal { get; init; } = CertBot.Engine.Renewal.RenewalMaterial.Empty;

    /// <summary>The step's node; a step without one reaching here is a planner bug.</summary>
    public NodeRef Node => Step.Node ?? throw new InvalidOperationException($"step {Step.Index + 1} ({Step.Kind}) has no node");

    /// <summary>The configured nodes of <paramref name="cluster"/> in work order (for steps that read every node).</summary>
    /// <exception cref="StepVerificationException">The cluster is no longer configured.</exception>
    public ClusterNodes Cluster(string cluster) =>
        options.FindCluster(cluster) is { } found ? new ClusterNodes(found) : throw new StepVerificationException(cluster, $"cluster {cluster} is no longer configured");

    public Task<INodeSession> SessionAsync(CancellationToken cancellationToken) => sessions.OpenAsync(Node, cancellationToken);

    public Task<INodeSession> SessionAsync(NodeRef node, CancellationToken cancellationToken) => sessions.OpenAsync(node, cancellationToken);

    /// <summary>The bulk SFTP server with its password from the secret source; the password is masked from here on.</summary>
    /// <exception cref="StepVerificationException">Exchange is not configured or the password secret is not set.</exception>
    public BulkSftpSettings BulkSettings()
    {
        var (settings, problem) = BulkSftpAccess.Resolve(options, secrets);
        if (settings is null)
        {
            throw new StepVerificationException("SFTP", problem!);
        }

        masker.Add(settings.Password);
        return settings;
    }
}
