namespace CertBot.Lab.Definition;

/// <summary>A lab definition file that cannot be used; <see cref="Path"/> names it.</summary>
public sealed class LabDefinitionException : Exception
{
    public LabDefinitionException(string path, string problem, Exception? inner = null)
        : base($"lab definition '{path}': {problem}", inner)
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>The definition file.</summary>
    public string Path { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}
