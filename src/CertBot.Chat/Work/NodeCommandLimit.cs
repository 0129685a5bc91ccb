using System.Globalization;
using System.Threading.RateLimiting;
using CertBot.Engine.Runs;

namespace CertBot.Chat.Work;

/// <summary>
/// A per-person limit on the commands that log into nodes (<c>certs</c> and every plan): at most
/// <see cref="ChatOptions.NodeCommandsPerPerson"/> in each <see cref="ChatOptions.NodeCommandWindow"/>, counted per
/// person across namespaces (<see cref="PersonDirectory"/>), so one person cannot tie up the clusters' logins.
/// The fixed-window limiter of System.Threading.RateLimiting counts; this class only keys and words it.
/// </summary>
public sealed class NodeCommandLimit : IDisposable
{
    private readonly ChatOptions options;
    private readonly PersonDirectory people;
    private readonly TimeProvider time;
    private readonly PartitionedRateLimiter<string> limiter;

    public NodeCommandLimit(ChatOptions options, PersonDirectory people, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        this.people = people;
        this.time = time;
        limiter = PartitionedRateLimiter.Create<string, string>(person => RateLimitPartition.GetFixedWindowLimiter(person, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.NodeCommandsPerPerson,
            Window = options.NodeCommandWindow,
            QueueLimit = 0,
            AutoReplenishment = true,
        }), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Counts one command of <paramref name="principal"/>; null when allowed, else the answer saying when to try again.</summary>
    public string? Refuse(string principal)
    {
        var key = Principal.TryParse(principal, out var who) && people.PersonOf(who) is { } person ? "person:" + person.Name : principal;
        using var lease = limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return null;
        }

        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : options.NodeCommandWindow;
        var at = time.GetUtcNow() + wait;
        return string.Create(CultureInfo.InvariantCulture,
            $"you asked for {options.NodeCommandsPerPerson} commands that log into the nodes within {options.NodeCommandWindow.TotalSeconds:0} s, the most one person may; try again at {at:HH:mm:ss} UTC (in {Math.Ceiling(wait.TotalSeconds):0} s)");
    }

    public void Dispose() => limiter.Dispose();
}
