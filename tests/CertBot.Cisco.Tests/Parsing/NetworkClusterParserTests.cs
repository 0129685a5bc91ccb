using CertBot.Cisco.Parsing;
using CertBot.Engine.Model;

namespace CertBot.Cisco.Tests.Parsing;

public sealed class NetworkClusterParserTests
{
    private const string East = "\r\n"
        + "10.0.0.12 cucm-sub1.east.lab.example cucm-sub1 Subscriber callmanager DBSub authenticated using TCP since Sun Nov 9 10:01:02 2026\r\n"
        + "10.0.0.13 imp-pub.east.lab.example imp-pub Subscriber cups DBPub authenticated using TCP since Sun Nov 9 10:01:03 2026\r\n"
        + "10.0.0.14 imp-sub1.east.lab.example imp-sub1 Subscriber cups DBSub authenticated using TCP since Sun Nov 9 10:01:04 2026\r\n"
        + "10.0.0.11 cucm-pub.east.lab.example cucm-pub Publisher callmanager DBPub authenticated\r\n"
        + "\r\nServer Table (processnode) Entries\r\n----------------------------------\r\ncucm-pub.east.lab.example\r\n10.0.0.12\r\n";

    [Fact]
    public void Parse_RowsWithFqdn_ReadRolesProductsAndTheLocalNode()
    {
        var members = NetworkClusterParser.Parse(East);

        Assert.Equal(4, members.Count);
        var pub = members.Single(m => m.HostName == "cucm-pub");
        Assert.Equal((Product.Cucm, NodeRole.Publisher, true, true), (pub.Product, pub.Role, pub.IsLocal, pub.Authenticated));
        Assert.Equal("cucm-pub.east.lab.example", pub.Fqdn);
        Assert.Equal("10.0.0.11", pub.Address);
        Assert.False(members.Single(m => m.HostName == "cucm-sub1").IsLocal);
    }

    [Fact]
    public void Parse_ImpDatabasePublisher_IsThePublisherDespiteTheRoleColumn()
    {
        var members = NetworkClusterParser.Parse(East);

        Assert.Equal((Product.Imp, NodeRole.Publisher), (members.Single(m => m.HostName == "imp-pub").Product, members.Single(m => m.HostName == "imp-pub").Role));
        Assert.Equal(NodeRole.Subscriber, members.Single(m => m.HostName == "imp-sub1").Role);
    }

    [Fact]
    public void Parse_RowsWithoutFqdn_HaveANullFqdn()
    {
        const string output = "10.1.1.1 cucma  Publisher callmanager DBPub authenticated\n10.1.1.2 cucmb  Subscriber callmanager DBSub authenticated using TCP since Mon Aug 9 01:02:03 2021\n";

        var members = NetworkClusterParser.Parse(output);

        Assert.Equal(2, members.Count);
        Assert.Null(members[0].Fqdn);
        Assert.Equal("cucma", members[0].HostName);
        Assert.Equal("cucmb", members[1].HostName);
    }

    [Fact]
    public void Parse_FlattenedRowsAndAnUnhealthyNode_AreSplitAndFlagged()
    {
        const string output = "10.1.1.1 a.x a Publisher callmanager DBPub authenticated 10.1.1.2 b.x b Subscriber callmanager DBSub unauthenticated using TCP since Mon Aug 9 01:02:03 2021";

        var members = NetworkClusterParser.Parse(output);

        Assert.Equal(2, members.Count);
        Assert.True(members[0].Authenticated);
        Assert.False(members[1].Authenticated);
        Assert.False(members[1].IsLocal);
    }
}
