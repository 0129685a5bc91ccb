namespace CertBot.Lab.Launcher;

/// <summary>What a finished system tool printed and returned.</summary>
internal sealed record ToolResult(int ExitCode, string Output, string Error)
{
    /// <summary>Both streams, for error messages.</summary>
    public string Combined => string.IsNullOrWhiteSpace(Error) ? Output.Trim() : $"{Output.Trim()}\n{Error.Trim()}".Trim();
}
