using System.Collections.Concurrent;
using CertBot.Teams.Protocol.Connector;
using CertBot.Teams.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CertBot.Teams.Tests.Protocol;

/// <summary>Real MSAL, client credentials, against a token endpoint served over HTTPS on loopback.</summary>
public sealed class ClientSecretTokenSourceTests
{
    [Fact]
    public async Task GetToken_AsksTheTenantsTokenEndpointOnce_ThenUsesMsalsCache()
    {
        using var certificate = LoopbackCertificate.Create();
        var forms = new ConcurrentQueue<(string Path, IReadOnlyDictionary<string, string> Form)>();
        await using var authority = await LoopbackServer.StartAsync(
            app => app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpRequest request) =>
            {
                var form = await request.ReadFormAsync();
                forms.Enqueue((request.Path.Value!, form.ToDictionary(f => f.Key, f => f.Value.ToString())));
                return Results.Json(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = "connector-token-1" });
            }),
            certificate);
        using var http = new HttpClient(LoopbackCertificate.TrustingOnly(certificate));
        var options = new ConnectorAuthenticationOptions
        {
            AppId = "11111111-2222-3333-4444-555555555555",
            TenantId = "tenant-1",
            ClientSecret = "s3cret",
            AuthorityHost = authority.BaseUri,
        };
        var source = ConnectorTokenSources.Create(options, new TrustingMsalHttpClientFactory(http));

        var first = await source.GetTokenAsync(default);
        var second = await source.GetTokenAsync(default);

        Assert.Equal("connector-token-1", first);
        Assert.Equal("connector-token-1", second);
        var (path, form) = Assert.Single(forms);
        Assert.Equal("/tenant-1/oauth2/v2.0/token", path);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(options.AppId, form["client_id"]);
        Assert.Equal("s3cret", form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }
}
