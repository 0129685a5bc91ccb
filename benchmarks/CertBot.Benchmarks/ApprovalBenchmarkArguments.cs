using System.Globalization;

namespace CertBot.Benchmarks;

/// <summary><c>approval [--runs N] [--remote-runs N] [--poll &lt;seconds&gt;]</c>: how many runs to approve in each mode, and the runner's poll interval.</summary>
internal sealed record ApprovalBenchmarkArguments(int Runs, int RemoteRuns, TimeSpan Poll)
{
    public static ApprovalBenchmarkArguments Parse(string[] args)
    {
        var parsed = new ApprovalBenchmarkArguments(100, 10, TimeSpan.FromSeconds(2));
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = double.Parse(args[i + 1], CultureInfo.InvariantCulture);
            parsed = args[i] switch
            {
                "--runs" => parsed with { Runs = (int)value },
                "--remote-runs" => parsed with { RemoteRuns = (int)value },
                "--poll" => parsed with { Poll = TimeSpan.FromSeconds(value) },
                _ => throw new ArgumentException($"unknown argument {args[i]}: use --runs <n> --remote-runs <n> --poll <seconds>"),
            };
        }

        return parsed;
    }
}
