namespace CertBot.Benchmarks;

/// <summary><c>--lab &lt;dir&gt;</c> (holds certbot.json and inventory.json) and <c>--cluster &lt;name&gt;</c>.</summary>
internal sealed record BenchmarkArguments(string LabDirectory, string Cluster)
{
    public static BenchmarkArguments Parse(string[] args)
    {
        var lab = ".lab";
        var cluster = "lab-east";
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--lab":
                    lab = args[i + 1];
                    break;
                case "--cluster":
                    cluster = args[i + 1];
                    break;
                default:
                    throw new ArgumentException($"unknown argument {args[i]}: use --lab <dir> --cluster <name>");
            }
        }

        return new BenchmarkArguments(Path.GetFullPath(lab), cluster);
    }
}
