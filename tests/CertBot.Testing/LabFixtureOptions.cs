namespace CertBot.Testing;

/// <summary>
/// Where a test assembly's lab runs. Each test assembly picks its own <see cref="AddressPrefix"/> so that
/// several labs (one per assembly, run in parallel by <c>dotnet test</c>) never share an address; the table
/// of prefixes in use is in tests/CertBot.Testing/README.md (the demo lab uses 127.0.0).
/// </summary>
/// <param name="Name">Short name of the lab, used in its runtime directory (e.g. <c>lab-tests</c>).</param>
/// <param name="AddressPrefix">First three octets of the lab's loopback addresses.</param>
/// <param name="Port">
/// SSH port of every node; by default the first port from 2222 on that no concurrent run of the same tests
/// holds (a high port also avoids a system sshd listening on :22).
/// </param>
public sealed record LabFixtureOptions(string Name, string AddressPrefix, int? Port = null)
{
    /// <summary>Lab profile: <c>test</c> answers in milliseconds.</summary>
    public string Profile { get; init; } = "test";

    /// <summary>
    /// The lab's clusters (a lab.json of the tests' own, see <see cref="LabDefinitions"/>); by default
    /// src/CertBot.Lab/lab.json (lab-east and lab-west).
    /// </summary>
    public string? Definition { get; init; }

    /// <summary>Runtime directory; by default a new directory under the system's temp directory.</summary>
    public string? RuntimeDirectory { get; init; }

    /// <summary>Limit for <c>scripts/lab up</c>, which may first build the lab.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromMinutes(5);
}
