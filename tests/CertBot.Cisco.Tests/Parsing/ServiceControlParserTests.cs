using CertBot.Cisco.Parsing;
using CertBot.Engine.Model;

namespace CertBot.Cisco.Tests.Parsing;

public sealed class ServiceControlParserTests
{
    [Fact]
    public void Parse_DocumentedRestart_EndsStarted()
    {
        const string output = "Do not press Ctrl+C while the service is restarting. If the service has not restarted properly, execute the same command again.\r\n"
            + "Service Manager is running\r\n"
            + "Cisco XCP Text Conference Manager[STARTING]\r\n"
            + "Cisco XCP Text Conference Manager[STARTING]\r\n"
            + "Cisco XCP Text Conference Manager[STARTED]\r\n";

        var result = ServiceControlParser.Parse(output, "Cisco XCP Text Conference Manager");

        Assert.Equal([ServiceState.Starting, ServiceState.Starting, ServiceState.Started], result.States);
        Assert.Equal(ServiceState.Started, result.Final);
    }

    [Fact]
    public void Parse_OtherServicesLines_DoNotCount()
    {
        const string output = "Cisco Tomcat[STOPPING]\nCisco SSOSP Tomcat[STARTED]\nCisco Tomcat[STARTING]\nCisco  Tomcat [ STOPPED ]\n";

        var result = ServiceControlParser.Parse(output, "Cisco Tomcat");

        Assert.Equal([ServiceState.Stopping, ServiceState.Starting, ServiceState.Stopped], result.States);
    }

    [Fact]
    public void Parse_NoProgress_IsUnknown()
    {
        Assert.Equal(ServiceState.Unknown, ServiceControlParser.Parse("Executed command unsuccessfully", "Cisco Tomcat").Final);
    }
}
