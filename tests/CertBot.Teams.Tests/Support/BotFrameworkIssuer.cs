using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CertBot.Teams.Tests.Support;

/// <summary>
/// Stands in for login.botframework.com: serves OpenID metadata and a JWKS (with channel endorsements) from
/// a real loopback server, and signs tokens with the RSA key it publishes.
/// </summary>
internal sealed class BotFrameworkIssuer : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string MetadataPath = "v1/.well-known/openidconfiguration";

    private readonly List<(RSA Key, string Kid, string[] Endorsements)> _published = [];
    private LoopbackServer? _server;

    public Uri MetadataUrl => _server!.Url(MetadataPath);

    public int MetadataRequests { get; private set; }

    /// <summary>The client the validator fetches metadata with; disposed with the issuer.</summary>
    public HttpClient Http { get; } = new();

    public static async Task<BotFrameworkIssuer> StartAsync()
    {
        var issuer = new BotFrameworkIssuer();
        issuer.Publish("key-teams", "msteams");
        issuer._server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/" + MetadataPath, (HttpContext ctx) =>
            {
                issuer.MetadataRequests++;
                return Results.Text(Metadata(ctx), "application/json");
            });
            app.MapGet("/keys", () => Results.Text(issuer.Jwks(), "application/json"));
        });
        return issuer;
    }

    /// <summary>Adds a key to the JWKS, endorsing the given channels; returns its key id.</summary>
    public string Publish(string kid, params string[] endorsements)
    {
        _published.Add((RSA.Create(2048), kid, endorsements));
        return kid;
    }

    public SigningCredentials Credentials(string kid)
    {
        var (key, id, _) = _published.Single(p => p.Kid == kid);
        return new SigningCredentials(new RsaSecurityKey(key) { KeyId = id }, SecurityAlgorithms.RsaSha256);
    }

    /// <summary>A key nobody published, for forged tokens.</summary>
    public static SigningCredentials Unpublished() =>
        new(new RsaSecurityKey(RSA.Create(2048)) { KeyId = "key-forged" }, SecurityAlgorithms.RsaSha256);

    public static string Token(SigningCredentials? signing, string audience, string serviceUrl, DateTimeOffset expires, string issuer = Issuer) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = expires.AddHours(-1).UtcDateTime,
            IssuedAt = expires.AddHours(-1).UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = signing,
        });

    private static string Metadata(HttpContext ctx) => new JsonObject
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = "https://invalid.example/authorize",
        ["jwks_uri"] = $"{ctx.Request.Scheme}://{ctx.Request.Host}/keys",
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    }.ToJsonString();

    private string Jwks()
    {
        var keys = new JsonArray();
        foreach (var (key, kid, endorsements) in _published)
        {
            var p = key.ExportParameters(false);
            keys.Add(new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = kid,
                ["n"] = Base64UrlEncoder.Encode(p.Modulus),
                ["e"] = Base64UrlEncoder.Encode(p.Exponent),
                ["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode)e).ToArray()),
            });
        }

        return new JsonObject { ["keys"] = keys }.ToJsonString();
    }

    /// <summary>Stops serving (the metadata endpoint goes down); the keys and the client stay.</summary>
    public async Task StopServingAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
            _server = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopServingAsync();

        Http.Dispose();
        foreach (var (key, _, _) in _published)
        {
            key.Dispose();
        }
    }
}
