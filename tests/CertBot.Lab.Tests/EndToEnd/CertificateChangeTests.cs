namespace CertBot.Lab.Tests.EndToEnd;

/// <summary>Certificate changes persist in the node's state; they run on lab-east/cucm-sub1 and lab-east/imp-pub.</summary>
[Collection(SharedLab.Name)]
public sealed class CertificateChangeTests(LabTestsLab lab)
{
    [Fact]
    public async Task RegenTomcat_AnsweredYes_ChangesTheSerialSeenInANewLoginAndKeepsTheSubject()
    {
        string serialBefore, subjectBefore, answer;
        await using (var client = await lab.LoginAsync("lab-east", "cucm-sub1"))
        {
            var before = await client.RunAsync("show cert own tomcat/tomcat.pem");
            serialBefore = CertificateText.Field(before, "Serial Number");
            subjectBefore = CertificateText.Field(before, "Subject Name");

            await client.SendLineAsync("set cert regen tomcat");
            var warning = await client.ReadUntilAsync("Proceed with regeneration (yes|no)? ");
            Assert.Contains("WARNING: This operation will overwrite any CA signed certificate previously imported for  tomcat", warning, StringComparison.Ordinal);
            answer = await client.RunAsync("yes");
        }

        Assert.Matches("(?i)successfully regenerated certificate for tomcat", answer);
        await using var later = await lab.LoginAsync("lab-east", "cucm-sub1");
        var after = await later.RunAsync("show cert own tomcat/tomcat.pem");
        Assert.NotEqual(serialBefore, CertificateText.Field(after, "Serial Number"));
        Assert.Equal(subjectBefore, CertificateText.Field(after, "Subject Name"));
        using var certificate = CertificateText.Pem(after);
        Assert.Equal(CertificateText.Field(after, "Serial Number").Replace(":", "", StringComparison.Ordinal).ToUpperInvariant(), certificate.SerialNumber);
    }

    [Fact]
    public async Task RegenTomcat_AnsweredNo_KeepsTheCertificate()
    {
        await using var client = await lab.LoginAsync("lab-east", "cucm-sub1");
        var before = CertificateText.Field(await client.RunAsync("show cert own tomcat/tomcat.pem"), "Serial Number");

        await client.SendLineAsync("set cert regen tomcat");
        await client.ReadUntilAsync("Proceed with regeneration (yes|no)? ");
        var answer = await client.RunAsync("no");

        Assert.DoesNotMatch("(?i)successfully regenerated", answer);
        Assert.Equal(before, CertificateText.Field(await client.RunAsync("show cert own tomcat/tomcat.pem"), "Serial Number"));
    }

    [Fact]
    public async Task DeleteIdentityCertificate_IsRefusedAndTheCertificateStays()
    {
        await using var client = await lab.LoginAsync("lab-east", "imp-pub");

        var answer = await client.RunAsync("set cert delete tomcat tomcat.pem");

        Assert.Contains("Executed command unsuccessfully", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Successfully deleted", answer, StringComparison.Ordinal);
        Assert.Contains("tomcat/tomcat.pem:", await client.RunAsync("show cert list own"), StringComparison.Ordinal);
    }
}
