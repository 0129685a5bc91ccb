namespace CertBot.Engine.Execution.Steps;

/// <summary>Seed 003 step 4: the SFTP directory holds a PKCS12 file for every node of both clusters.</summary>
public sealed class VerifyBulkFilesStep : IStepExecutor
{
    public async Task<StepResult> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var directory = context.BulkDirectory
            ?? throw new StepVerificationException("SFTP", "no SFTP directory reader is configured: check the files by hand and skip this step");
        var settings = context.BulkSettings();
        var files = await directory.ListAsync(settings, cancellationToken);
        var expected = context.Step.ExpectedFiles ?? [];
        var missing = expected.Where(node => !files.Any(f => f.Contains(node, StringComparison.OrdinalIgnoreCase))).ToList();
        if (missing.Count > 0)
        {
            throw new StepVerificationException("SFTP", $"{settings} has no file for {string.Join(", ", missing)} (found: {string.Join(", ", files)})");
        }

        return new StepResult($"{settings} holds files for {string.Join(", ", expected)}");
    }
}
