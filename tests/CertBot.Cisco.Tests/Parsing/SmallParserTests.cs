using CertBot.Cisco.Parsing;
using CertBot.Cisco.Text;

namespace CertBot.Cisco.Tests.Parsing;

public sealed class SmallParserTests
{
    [Fact]
    public void ParseActiveVersion_DocumentedLines_ReturnsTheVersion()
    {
        const string output = "Active Master Version: 11.5.1.12900-21\r\nActive Version Installed Software Options:\r\ncmterm-devicepack9.1.2.13070-1.cop\r\n";

        Assert.Equal("11.5.1.12900-21", VersionParser.ParseActiveVersion(output));
        Assert.Null(VersionParser.ParseActiveVersion("Executed command unsuccessfully"));
    }

    [Fact]
    public void SqlTable_DocumentedRollBackQuery_ReturnsTheValue()
    {
        const string output = "paramname             paramvalue\r\n===================== ==========\r\nRollBackToPreGrayback F\r\n";

        var rows = SqlTableParser.Parse(output);

        Assert.Single(rows);
        Assert.Equal("RollBackToPreGrayback", rows[0]["paramname"]);
        Assert.Equal("F", rows[0]["PARAMVALUE"]);
    }

    [Fact]
    public void SqlTable_ValuesWithSpacesAndEmptyCells_FollowTheUnderlineColumns()
    {
        const string output = "name       description    value\n========== ============== =====\nfirst      two words      1\nsecond                    2\n";

        var rows = SqlTableParser.Parse(output);

        Assert.Equal("two words", rows[0]["description"]);
        Assert.Equal("", rows[1]["description"]);
        Assert.Equal("2", rows[1]["value"]);
    }

    [Fact]
    public void SqlTable_NoRows_IsEmpty()
    {
        Assert.Empty(SqlTableParser.Parse("paramname paramvalue\n========= ==========\n"));
    }

    [Fact]
    public void TrustList_NonSecureCluster_HasNoFile()
    {
        const string output = "Length of CTL file: 0\nCTL File not found . Please run CTLClient plugin or run the CLI - utils ctl.. to generate the CTL file.\nError parsing the CTL File.\n";

        var summary = TrustListParser.Parse(output);

        Assert.False(summary.Exists);
        Assert.Equal(0, summary.Length);
    }

    [Fact]
    public void TrustList_CtlOutputOnTheEchoLine_ReadsAsPresent()
    {
        // TAC 118893 token order; the first line arrives on the echo line, as some sessions deliver it.
        const string received = "show ctlThe checksum value of the CTL file:\n0123456789abcdef0123456789abcdef(MD5)\n"
            + "0123456789abcdef0123456789abcdef01234567(SHA1)\nLength of CTL file: 4311\n"
            + "The CTL File was last modified on Tue Mar 03 10:00:00 UTC 2026\nParse CTL File\n----------------\n"
            + "CTL Record #:1\n----\n4 FUNCTION 2 CCM+TFTP\nThe CTL file was verified successfully.\n";

        var summary = TrustListParser.Parse(EchoStripper.Strip(received, "show ctl"));

        Assert.True(summary.Exists);
        Assert.Equal(4311, summary.Length);
        Assert.Equal("0123456789ABCDEF0123456789ABCDEF", summary.Md5);
    }

    [Fact]
    public void TrustList_OutputWithoutAnyTrustListToken_IsNeitherPresentNorKnownAbsent()
    {
        var summary = TrustListParser.Parse("Parse CTL File\n----------------\n");

        Assert.False(summary.Exists);
        Assert.False(summary.Known);
    }

    [Fact]
    public void TrustList_Records_AreCountedWithTheirFunctions()
    {
        const string output = "The checksum value of the ITL file:\n0123456789abcdef0123456789abcdef(MD5)\n0123456789abcdef0123456789abcdef01234567(SHA1)\n"
            + "Length of ITL file: 5438\nParse ITL File\n----------------\n"
            + "ITL Record #:1\n----\nBYTEPOS TAG LENGTH VALUE\n1 RECORDLENGTH 2 1123\n4 FUNCTION 2 TVS\n"
            + "ITL Record #:2\n----\n4 FUNCTION 2 CCM+TFTP\nThe ITL file was verified successfully.\n";

        var summary = TrustListParser.Parse(output);

        Assert.True(summary.Exists);
        Assert.Equal(2, summary.RecordCount);
        Assert.Equal(["TVS", "CCM+TFTP"], summary.Functions);
        Assert.Equal("0123456789ABCDEF0123456789ABCDEF", summary.Md5);
        Assert.True(summary.Verified);
    }

    [Theory]
    [InlineData("Successfully regenerated certificate for tomcat.")]
    [InlineData("Successfully Regenerated Certificate for tomcat.")]
    [InlineData("successfully  regenerated\r\ncertificate for tomcat")]
    public void Regenerated_BothCapitalisationsAndSpacing_Match(string output)
    {
        Assert.True(SuccessTokens.Regenerated(output, "tomcat"));
    }

    [Fact]
    public void Regenerated_AnotherUnit_DoesNotMatch()
    {
        Assert.False(SuccessTokens.Regenerated("Successfully regenerated certificate for tomcat-ECDSA.", "tomcat"));
    }

    [Theory]
    [InlineData("Successfully Generated CSR for tomcat.")]
    [InlineData("Successfully Generated CSR  for tomcat")]
    public void GeneratedCsr_DocumentedAndDeviceWording_Match(string output)
    {
        Assert.True(SuccessTokens.GeneratedCsr(output, "tomcat"));
    }

    [Fact]
    public void BulkMessages_DocumentedWording_Match()
    {
        // CLI Ref 12.5(1)SU2 examples of set cert bulk export all / import all.
        Assert.Equal((2, 0), Counts(BulkOutcomeParser.Parse("Successfully exported tomcat certificate(s) to sftp server.\r\nSuccessfully exported tftp certificate(s) to sftp server.\r\n", "exported")));
        Assert.Equal((2, 0), Counts(BulkOutcomeParser.Parse("Successfully imported tomcat certificates.\r\nSuccessfully imported tftp certificates.\r\n", "imported")));
        Assert.True(SuccessTokens.ImportedCertificate("Successfully imported certificate for tomcat.\nPlease restart services", "tomcat"));
        Assert.Equal((0, 1), Counts(BulkOutcomeParser.Parse("Executed command unsuccessfully", "exported")));
    }

    [Fact]
    public void BulkOutcome_OneUnitFailed_IsAFailureNamingIt_DespiteTheOtherSuccess()
    {
        const string output = "Successfully exported tomcat certificate(s) to sftp server.\r\nFailed to export tftp certificate(s) to sftp server.\r\n";

        var (succeeded, failed) = BulkOutcomeParser.Parse(output, "exported");

        Assert.Single(succeeded);
        Assert.Equal(["Failed to export tftp certificate(s) to sftp server."], failed);
    }

    private static (int, int) Counts((IReadOnlyList<string> Succeeded, IReadOnlyList<string> Failed) outcome) =>
        (outcome.Succeeded.Count, outcome.Failed.Count);

    [Theory]
    [InlineData("Executed command unsuccessfully", "Executed command unsuccessfully")]
    [InlineData("blah\nExecuted  command unsuccessfully.\n", "Executed command unsuccessfully.")]
    [InlineData("No valid command entered", "No valid command entered")]
    public void FailureMarkers_KnownTexts_AreFound(string output, string expected)
    {
        Assert.Equal(expected, FailureMarkers.Find(output));
    }

    [Fact]
    public void FailureMarkers_SuccessfulOutput_HasNone()
    {
        Assert.Null(FailureMarkers.Find("Successfully regenerated certificate for tomcat."));
    }
}
