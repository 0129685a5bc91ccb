using Microsoft.Identity.Client;

namespace CertBot.Teams.Tests.Support;

/// <summary>MSAL's HTTP client for a test authority on loopback: it trusts that authority's certificate only.</summary>
internal sealed class TrustingMsalHttpClientFactory(HttpClient client) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => client;
}
