using System.Globalization;

namespace CertBot.Benchmarks;

/// <summary>
/// <c>ack [--requests N] [--levels 1,10,50] [--rounds R] [--pause ms]</c>: requests per level and endpoint in each round;
/// the pause each conversation makes after an acknowledgement before its next message (0: at once, a flood).
/// </summary>
internal sealed record AckLatencyArguments(int Requests, IReadOnlyList<int> Levels, int Rounds, int PauseMilliseconds = 0)
{
    public static AckLatencyArguments Parse(string[] args)
    {
        var parsed = new AckLatencyArguments(1000, [1, 10, 50], 3);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            parsed = args[i] switch
            {
                "--requests" => parsed with { Requests = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--levels" => parsed with { Levels = [.. args[i + 1].Split(',').Select(l => int.Parse(l, CultureInfo.InvariantCulture))] },
                "--rounds" => parsed with { Rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--pause" => parsed with { PauseMilliseconds = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown argument {args[i]}: use --requests <n> --levels 1,10,50 --rounds <n> --pause <ms>"),
            };
        }

        return parsed;
    }
}
