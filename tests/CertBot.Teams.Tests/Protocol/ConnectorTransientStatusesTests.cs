using System.Net;
using CertBot.Teams.Protocol.Connector;

namespace CertBot.Teams.Tests.Protocol;

public sealed class ConnectorTransientStatusesTests
{
    [Theory]
    [InlineData(429, true)]
    [InlineData(412, true)]
    [InlineData(502, true)]
    [InlineData(504, true)]
    [InlineData(500, false)]
    [InlineData(503, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    public void IsTransient_OnlyTheStatusesTeamsDocuments(int status, bool transient)
    {
        Assert.Equal(transient, ConnectorTransientStatuses.IsTransient((HttpStatusCode)status));
    }
}
