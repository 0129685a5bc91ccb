using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CertBot.Benchmarks;

/// <summary>
/// The yardstick of the ack benchmark (<c>bare --urls &lt;url&gt;</c>, its own process like the host): an ASP.NET Core
/// endpoint that reads the body of <c>POST /api/messages</c> and answers 200, nothing else.
/// </summary>
internal static class BareEndpoint
{
    public static async Task<int> RunAsync(string urls)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls(urls);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/api/messages", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            await reader.ReadToEndAsync(context.RequestAborted);
            return Results.Ok();
        });
        await app.RunAsync();
        return 0;
    }
}
