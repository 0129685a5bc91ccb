namespace CertBot.Engine.Execution.Steps;

/// <summary>
/// Seed 003 step 4: the SFTP directory holds, in its PKCS12 files, certificates of every node of both clusters.
/// The files are opened, not only listed: what each node's export actually carries is reported per node.
/// </summary>
public sealed class VerifyBulkFilesStep : IStepExecutor
{
    public async Task<StepResult> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var directory = context.BulkDirectory
            ?? throw new StepVerificationException("SFTP", "no SFTP directory reader is configured: check the files by hand and skip this step");
        var settings = context.BulkSettings();
        var certificates = await directory.ReadCertificatesAsync(settings, cancellationToken);
        var expected = context.Step.ExpectedFiles ?? [];
        var missing = expected.Where(node => !certificates.Any(c => c.IsFrom(node))).ToList();
        if (missing.Count > 0)
        {
            var found = string.Join(", ", certificates.Select(c => c.Node).Distinct(StringComparer.OrdinalIgnoreCase));
            throw new StepVerificationException("SFTP", $"{settings} has no exported certificate of {string.Join(", ", missing)} (found: {(found.Length == 0 ? "none" : found)})");
        }

        var held = expected.Select(node => $"{node}: " + string.Join(", ", certificates.Where(c => c.IsFrom(node)).Select(c => c.Unit).Distinct(StringComparer.Ordinal)));
        return new StepResult($"{settings} holds {string.Join("; ", held)}");
    }
}
