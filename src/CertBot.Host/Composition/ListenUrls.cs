
namespace CertBot.Host.Composition;

/// <summary>
/// The addresses Kestrel will listen on, read from configuration before it starts, so the local no-auth
/// check runs before anything is reachable: <c>urls</c> (<c>--urls</c>, <c>ASPNETCORE_URLS</c>),
/// <c>http_ports</c>/<c>https_ports</c> (every interface) and <c>Kestrel:Endpoints:*:Url</c>.
/// </summary>
public static class ListenUrls
{
    /// <summary>Where CertBot listens when nothing is configured: loopback, the Bot Framework's usual port.</summary>
    public const string Default = "http://127.0.0.1:3978";

    public static IReadOnlyList<string> From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var urls = new List<string>();
        urls.AddRange(Split(configuration["urls"]));
        foreach (var key in new[] { "http_ports", "https_ports" })
        {
            var scheme = key.StartsWith("https", StringComparison.Ordinal) ? "https" : "http";
            urls.AddRange(Split(configuration[key]).Select(port => $"{scheme}://*:{port}"));
        }

        urls.AddRange(configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Select(e => e["Url"]).OfType<string>().Where(u => u.Length > 0));
        return urls;
    }

    private static string[] Split(string? value) =>
        (value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
