namespace CertBot.Host.Composition;

/// <summary>
/// The <c>--config &lt;file&gt;</c> arguments (repeatable, also <c>--config=&lt;file&gt;</c>), in order: each file
/// overrides the ones before it and appsettings.json. A relative path means the current directory (also under
/// <c>dotnet run</c>, which the project file keeps there), never the content root (the program's directory).
/// </summary>
public static class ConfigFileArguments
{
    public const string Name = "--config";

    public static IReadOnlyList<string> Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var files = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == Name && i + 1 < args.Count)
            {
                files.Add(Path.GetFullPath(args[++i]));
            }
            else if (args[i].StartsWith(Name + "=", StringComparison.Ordinal))
            {
                files.Add(Path.GetFullPath(args[i][(Name.Length + 1)..]));
            }
        }

        return files;
    }
}
