using System.Net;
using System.Net.Http.Headers;
using CertBot.Teams.Protocol.Connector;
using CertBot.Teams.Tests.Support;

namespace CertBot.Teams.Tests.Protocol;

public sealed class ConnectorRetryPipelineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 6, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    [Fact]
    public void RetryAfter_Seconds_IsHonoured()
    {
        using var response = Answer(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)));

        Assert.Equal(TimeSpan.FromSeconds(7), ConnectorRetryPipeline.RetryAfter(response, Cap, new ManualTime(Now)));
    }

    [Fact]
    public void RetryAfter_Date_IsTheTimeUntilThen()
    {
        using var response = Answer(new RetryConditionHeaderValue(Now.AddSeconds(12)));

        Assert.Equal(TimeSpan.FromSeconds(12), ConnectorRetryPipeline.RetryAfter(response, Cap, new ManualTime(Now)));
    }

    [Fact]
    public void RetryAfter_LongerThanTheCap_IsCut()
    {
        using var response = Answer(new RetryConditionHeaderValue(TimeSpan.FromMinutes(10)));

        Assert.Equal(Cap, ConnectorRetryPipeline.RetryAfter(response, Cap, new ManualTime(Now)));
    }

    [Fact]
    public void RetryAfter_DateInThePast_IsNoWait()
    {
        using var response = Answer(new RetryConditionHeaderValue(Now.AddSeconds(-5)));

        Assert.Equal(TimeSpan.Zero, ConnectorRetryPipeline.RetryAfter(response, Cap, new ManualTime(Now)));
    }

    [Fact]
    public void RetryAfter_Absent_LeavesTheBackoff()
    {
        using var response = Answer(null);

        Assert.Null(ConnectorRetryPipeline.RetryAfter(response, Cap, new ManualTime(Now)));
    }

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
        Assert.Equal(transient, ConnectorRetryPipeline.IsTransient((HttpStatusCode)status));
    }

    private static HttpResponseMessage Answer(RetryConditionHeaderValue? retryAfter)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = retryAfter;
        return response;
    }
}
