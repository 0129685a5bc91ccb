namespace CertBot.Lab.Launcher;

/// <summary>A system tool (ssh-keygen, openssl, sshd, unshare, chown) failed; carries its exit code and output.</summary>
internal sealed class LabToolException : Exception
{
    public LabToolException(string tool, int exitCode, string output)
        : base($"{tool} failed (exit code {exitCode}): {output}")
    {
        Tool = tool;
        ExitCode = exitCode;
        Output = output;
    }

    /// <summary>The tool that failed.</summary>
    public string Tool { get; }

    /// <summary>Its exit code.</summary>
    public int ExitCode { get; }

    /// <summary>What it printed (never holds a secret: secrets only travel on standard input).</summary>
    public string Output { get; }
}
