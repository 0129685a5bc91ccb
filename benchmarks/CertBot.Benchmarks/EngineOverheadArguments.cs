namespace CertBot.Benchmarks;

/// <summary><c>overhead --lab &lt;dir&gt; [--cluster lab-west] [--unit tomcat]</c>: the lab and the regeneration to run on it.</summary>
internal sealed record EngineOverheadArguments(string LabDirectory, string Cluster, string Unit)
{
    public static EngineOverheadArguments Parse(string[] args)
    {
        var parsed = new EngineOverheadArguments(Path.GetFullPath(".lab"), "lab-west", "tomcat");
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            parsed = args[i] switch
            {
                "--lab" => parsed with { LabDirectory = Path.GetFullPath(args[i + 1]) },
                "--cluster" => parsed with { Cluster = args[i + 1] },
                "--unit" => parsed with { Unit = args[i + 1] },
                _ => throw new ArgumentException($"unknown argument {args[i]}: use --lab <dir> --cluster <name> --unit <unit>"),
            };
        }

        return parsed;
    }
}
