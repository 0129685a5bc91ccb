namespace CertBot.Lab.Definition;

/// <summary>
/// How slow the simulated nodes are. <see cref="Test"/> answers in milliseconds; <see cref="Demo"/> feels
/// like a real node (a login banner of seconds, a regeneration of ~10 s, service restarts of 20–60 s).
/// The numbers are copied into each node's state so the simulator needs no flag.
/// </summary>
public sealed record LabProfile(
    string Name,
    int BannerMilliseconds,
    int CommandMilliseconds,
    int RegenerationMilliseconds,
    int ServiceTransitionMilliseconds,
    int SlowServiceTransitionMilliseconds,
    int ServiceProgressMilliseconds,
    int BulkMilliseconds)
{
    /// <summary>Fast answers for automated tests.</summary>
    public static LabProfile Test { get; } = new("test", 30, 0, 20, 20, 30, 5, 10);

    /// <summary>Realistic delays for demonstrations.</summary>
    public static LabProfile Demo { get; } = new("demo", 6000, 400, 10000, 20000, 45000, 2500, 3000);

    /// <summary>The profile of that name (<c>test</c> or <c>demo</c>).</summary>
    /// <exception cref="ArgumentException">Unknown name.</exception>
    public static LabProfile Parse(string name) => name.ToLowerInvariant() switch
    {
        "test" => Test,
        "demo" => Demo,
        _ => throw new ArgumentException($"unknown lab profile '{name}': use test or demo", nameof(name)),
    };
}
