using System.Globalization;

namespace CertBot.Benchmarks;

/// <summary>
/// <c>several --lab &lt;dir&gt; [--runs N] [--lease &lt;seconds&gt;] [--kills N]</c>: a lab started with
/// tests/CertBot.Testing/Labs/several-clusters.json, how many runs each throughput measurement completes, the
/// workers' lease time, and how many killed workers the recovery measurement times.
/// </summary>
internal sealed record SeveralInstancesArguments(string Lab, int Runs, TimeSpan Lease, int Kills)
{
    public static SeveralInstancesArguments Parse(string[] args)
    {
        var parsed = new SeveralInstancesArguments("", 20, TimeSpan.FromSeconds(5), 5);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            parsed = args[i] switch
            {
                "--lab" => parsed with { Lab = args[i + 1] },
                "--runs" => parsed with { Runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--lease" => parsed with { Lease = TimeSpan.FromSeconds(double.Parse(args[i + 1], CultureInfo.InvariantCulture)) },
                "--kills" => parsed with { Kills = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown argument {args[i]}: use --lab <dir> --runs <n> --lease <seconds> --kills <n>"),
            };
        }

        return parsed.Lab.Length > 0 ? parsed : throw new ArgumentException("--lab <dir> is required: scripts/lab up --profile test --definition tests/CertBot.Testing/Labs/several-clusters.json --dir <dir>");
    }
}
