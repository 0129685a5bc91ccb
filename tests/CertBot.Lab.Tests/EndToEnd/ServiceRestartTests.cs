namespace CertBot.Lab.Tests.EndToEnd;

/// <summary>Service control on lab-east/cucm-sub1.</summary>
[Collection(SharedLab.Name)]
public sealed class ServiceRestartTests(LabTestsLab lab)
{
    [Fact]
    public async Task RestartCiscoTomcat_ShowsStoppingStartingThenStarted()
    {
        await using var client = await lab.LoginAsync("lab-east", "cucm-sub1");

        var text = await client.RunAsync("utils service restart Cisco Tomcat");

        Assert.Contains("Do not press Ctrl+C while the service is restarting.", text, StringComparison.Ordinal);
        var stopping = text.IndexOf("Cisco Tomcat[STOPPING]", StringComparison.Ordinal);
        var starting = text.IndexOf("Cisco Tomcat[STARTING]", StringComparison.Ordinal);
        var started = text.LastIndexOf("Cisco Tomcat[STARTED]", StringComparison.Ordinal);
        Assert.True(stopping >= 0 && starting > stopping && started > starting, $"expected STOPPING, STARTING, STARTED in order:\n{text}");
        Assert.Contains("Cisco Tomcat[STARTED]", await client.RunAsync("utils service list"), StringComparison.Ordinal);
    }
}
