using System.Net;
using CertBot.Slack.WebApi;

namespace CertBot.Slack.Tests.WebApi;

public sealed class SlackTransientStatusesTests
{
    [Theory]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(412, false)]
    [InlineData(400, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    public void IsTransient_RateLimitsAndOutagesOnly(int status, bool transient)
    {
        Assert.Equal(transient, SlackTransientStatuses.IsTransient((HttpStatusCode)status));
    }
}
