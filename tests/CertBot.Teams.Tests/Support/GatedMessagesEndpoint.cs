using CertBot.Teams.Protocol;
using CertBot.Teams.Protocol.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertBot.Teams.Tests.Support;

/// <summary>
/// <see cref="InboundRequestGate"/> under a real Kestrel endpoint, as <c>/api/messages</c> uses it: a refused request
/// is answered with the gate's problem and status, an admitted activity is added to the test's list and answered 200.
/// </summary>
internal static class GatedMessagesEndpoint
{
    /// <summary>Starts the endpoint; tokens are checked against <paramref name="issuer"/>'s keys at the fixed time <paramref name="now"/>.</summary>
    public static Task<LoopbackServer> StartAsync(BotAuthenticationOptions options, BotFrameworkIssuer issuer, DateTimeOffset now, List<Activity> dispatched,
        int maxBytes = InboundActivityReader.DefaultMaxBytes)
    {
        var time = new ManualTime(now);
        var gate = new InboundRequestGate(
            new BotTokenValidator(options, BotMetadataCache.Create(options, issuer.Http, time), time, NullLogger<BotTokenValidator>.Instance),
            options,
            maxBytes);
        return LoopbackServer.StartAsync(app => app.MapPost("/api/messages", async (HttpRequest request) =>
        {
            var inbound = await gate.AdmitAsync(request, request.HttpContext.RequestAborted);
            if (!inbound.Admitted)
            {
                return Results.Text(inbound.Problem, statusCode: inbound.RefusalStatus);
            }

            // Kestrel handles each request on a thread-pool thread, while the test reads the list.
            lock (dispatched)
            {
                dispatched.Add(inbound.Activity);
            }

            return Results.Ok();
        }));
    }
}
