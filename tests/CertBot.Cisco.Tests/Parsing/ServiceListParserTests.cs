using CertBot.Cisco.Parsing;
using CertBot.Engine.Model;

namespace CertBot.Cisco.Tests.Parsing;

public sealed class ServiceListParserTests
{
    private const string Documented = "Requesting service status, please wait...\r\n"
        + "System SSH [STARTED]\r\n"
        + "Service Manager is running\r\n"
        + "Getting list of all services\r\n"
        + ">> Return code = 0\r\n"
        + "Cisco CallManager[STARTED]\r\n"
        + "Cisco Tftp[STARTED]\r\n"
        + "Cisco DirSync[STOPPED]  Service Not Activated\r\n"
        + "Primary Node =true\r\n";

    [Fact]
    public void Parse_DocumentedShape_ReturnsPlatformAndApplicationServices()
    {
        var services = ServiceListParser.Parse(Documented);

        Assert.Equal(["System SSH", "Cisco CallManager", "Cisco Tftp", "Cisco DirSync"], services.Select(s => s.Name));
        Assert.Equal(ServiceState.Started, services[0].State);
        Assert.Equal(ServiceState.Stopped, services[3].State);
        Assert.Equal("Service Not Activated", services[3].Reason);
        Assert.False(services[3].Activated);
        Assert.True(services[1].Activated);
    }

    [Fact]
    public void Parse_FlattenedReturnCodeTrailer_IsNotPartOfTheNextServiceName()
    {
        // platform-cli.md §3.2 order, delivered without line breaks (as some platforms' output reaches CertBot).
        const string flattened = "Requesting service status, please wait... System SSH [STARTED] Service Manager is running "
            + "Getting list of all services >> Return code = 0 Cisco AMC Service[STARTED] Cisco Tomcat[STARTED] Primary Node =true";

        var services = ServiceListParser.Parse(flattened);

        Assert.Equal(["System SSH", "Cisco AMC Service", "Cisco Tomcat"], services.Select(s => s.Name));
    }

    [Fact]
    public void Parse_ReturnCodeTrailerAfterTheLastService_IsNoReason()
    {
        const string output = "Cisco Tomcat[STARTED]\r\nCisco DirSync[STOPPED]  Service Not Activated>> Return code = 0\r\n>> Return code = -1\r\n";

        var services = ServiceListParser.Parse(output);

        Assert.Equal(2, services.Count);
        Assert.Equal("Service Not Activated", services[1].Reason);
    }

    [Fact]
    public void Parse_SpacedStoppedAndGluedTrailer_AreUnderstood()
    {
        const string output = "Cisco Tomcat[STARTED]\nCisco DRF Master[ STOPPED ]  Commanded Out of Service\nCisco CAR DB[STOPPED]  Service Not ActivatedPrimary Node =true\n";

        var services = ServiceListParser.Parse(output);

        Assert.Equal(3, services.Count);
        Assert.Equal(ServiceState.Stopped, services[1].State);
        Assert.Equal("Commanded Out of Service", services[1].Reason);
        Assert.Equal("Service Not Activated", services[2].Reason);
    }

    [Fact]
    public void Parse_MergedRecordsOnOneLine_AreSplitAtEachBracket()
    {
        const string output = "Cisco Tomcat[STARTED]Cisco CallManager[STARTING]Cisco DirSync[STOPPED]  Service Not Activated Cisco Tftp[STARTED]";

        var services = ServiceListParser.Parse(output);

        Assert.Equal(["Cisco Tomcat", "Cisco CallManager", "Cisco DirSync", "Cisco Tftp"], services.Select(s => s.Name));
        Assert.Equal(ServiceState.Starting, services[1].State);
        Assert.Equal("Service Not Activated", services[2].Reason);
        Assert.Null(services[3].Reason);
    }

    [Fact]
    public void Parse_ColumnAlignedAndNotRunning_AreTolerated()
    {
        const string output = "  Cisco Tomcat              [STARTED]\n  Cisco Presence Engine     [NOTRUNNING]  Component is not running\n";

        var services = ServiceListParser.Parse(output);

        Assert.Equal("Cisco Tomcat", services[0].Name);
        Assert.Equal(ServiceState.NotRunning, services[1].State);
        Assert.Equal("Component is not running", services[1].Reason);
    }

    [Fact]
    public void Parse_AnsiCodesAndDoubleSpacesInNames_AreCleaned()
    {
        const string output = "\u001b[1mCisco Tomcat\u001b[0m [STARTED]\r\nPlatform  Administrative Web Service[STARTED]\r\n";

        var services = ServiceListParser.Parse(output);

        Assert.Equal("Cisco Tomcat", services[0].Name);
        Assert.Equal(2, services.Count);
    }
}
