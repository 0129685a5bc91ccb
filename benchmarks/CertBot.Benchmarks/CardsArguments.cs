namespace CertBot.Benchmarks;

/// <summary><c>cards --lab &lt;dir&gt; [--cluster lab-east] [--unit tomcat] [--runs 3]</c>.</summary>
internal sealed record CardsArguments(string LabDirectory, string Cluster, string Unit, int Runs)
{
    public static CardsArguments Parse(string[] args)
    {
        var (lab, cluster, unit, runs) = (".lab", "lab-east", "cup", 3);
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
                case "--unit":
                    unit = args[i + 1];
                    break;
                case "--runs":
                    runs = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                default:
                    throw new ArgumentException($"unknown argument {args[i]}: use --lab <dir> --cluster <name> --unit <unit> --runs <n>");
            }
        }

        return new CardsArguments(Path.GetFullPath(lab), cluster, unit, runs);
    }
}
