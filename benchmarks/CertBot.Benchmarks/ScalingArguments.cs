using System.Globalization;

namespace CertBot.Benchmarks;

/// <summary>
/// <c>scaling --nodes N [--cluster-size 5] [--profile demo] [--address-prefix 127.0.27] [--port 2261] [--dir &lt;lab dir&gt;] [--concurrency C] [--keep] [--no-up]</c>:
/// a generated lab of N nodes (N ≤ 200: one loopback octet each, 11 upwards) in clusters of the given size;
/// <c>--keep</c> leaves the lab running, <c>--no-up</c> measures the lab a previous <c>--keep</c> left.
/// </summary>
internal sealed record ScalingArguments(int Nodes, int ClusterSize, string Profile, string AddressPrefix, int Port, string LabDirectory, int? Concurrency, bool Keep, bool NoUp)
{
    public static ScalingArguments Parse(string[] args)
    {
        var parsed = new ScalingArguments(7, 5, "demo", "127.0.27", 2261, "", null, false, false);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            parsed = args[i] switch
            {
                "--nodes" => parsed with { Nodes = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--cluster-size" => parsed with { ClusterSize = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--profile" => parsed with { Profile = Next() },
                "--address-prefix" => parsed with { AddressPrefix = Next() },
                "--port" => parsed with { Port = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--dir" => parsed with { LabDirectory = Path.GetFullPath(Next()) },
                "--concurrency" => parsed with { Concurrency = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--keep" => parsed with { Keep = true },
                "--no-up" => parsed with { NoUp = true },
                _ => throw new ArgumentException($"unknown argument {args[i]}: use --nodes <n> --cluster-size <n> --profile demo|test --address-prefix <a.b.c> --port <p> --dir <dir> --concurrency <c> --keep --no-up"),
            };
        }

        if (parsed.Nodes is < 2 or > 200 || parsed.ClusterSize < 1)
        {
            throw new ArgumentException("--nodes must be between 2 and 200 (one loopback octet per node, 11 to 210), --cluster-size at least 1");
        }

        return parsed.LabDirectory.Length > 0 ? parsed : parsed with { LabDirectory = $"/tmp/certbot-lab-scale-{parsed.Nodes}" };
    }
}
