using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CertBot.Benchmarks;

/// <summary>The Bot Connector the host answers into: takes every activity at once (201 with an id) and counts them.</summary>
internal sealed class ReplySink : IAsyncDisposable
{
    private WebApplication app = null!;
    private long received;

    public Uri BaseUri { get; private set; } = null!;

    public long Received => Interlocked.Read(ref received);

    public static async Task<ReplySink> StartAsync()
    {
        var sink = new ReplySink();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        sink.app = builder.Build();
        sink.app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            await reader.ReadToEndAsync(context.RequestAborted);
            var id = Interlocked.Increment(ref sink.received);
            context.Response.StatusCode = 201;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync($$"""{"id":"reply-{{id}}"}""");
        });
        await sink.app.StartAsync();
        sink.BaseUri = new Uri(sink.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/') + "/");
        return sink;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
