using CertBot.Teams.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CertBot.Teams;

/// <summary>Maps the Bot Framework messaging endpoint.</summary>
public static class TeamsEndpointRouteBuilderExtensions
{
    public const string DefaultPattern = "/api/messages";

    /// <summary>
    /// <c>POST /api/messages</c>: a thin layer over <see cref="InboundRequestGate"/> (401 without a valid token
    /// while an app id is configured; 400 for bodies too large or not activities, before anything acts on them)
    /// and <see cref="TeamsActivityHandler"/> for what is admitted.
    /// </summary>
    public static IEndpointConventionBuilder MapCertBotTeams(this IEndpointRouteBuilder endpoints, string pattern = DefaultPattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(pattern, async (HttpContext context, InboundRequestGate gate, ILogger<TeamsActivityHandler> logger) =>
        {
            var inbound = await gate.AdmitAsync(context.Request, context.RequestAborted);
            if (!inbound.Admitted)
            {
                Log.Refused(logger, inbound.RefusalStatus, inbound.Problem);
                // 401 says nothing more; a 400 names what was wrong (never the body) for whoever sends it.
                return inbound.RefusalStatus == StatusCodes.Status401Unauthorized
                    ? Results.Unauthorized()
                    : Results.Text(inbound.Problem, statusCode: inbound.RefusalStatus);
            }

            // Resolved only for admitted requests: a refusal never depends on the chat side being set up.
            var handler = context.RequestServices.GetRequiredService<TeamsActivityHandler>();
            return await handler.HandleAsync(inbound.Activity, context.RequestAborted);
        });
    }
}
