namespace CertBot.Testing;

/// <summary>The OpenSSH client (ssh or sftp) failed, ended early or timed out; carries what it printed.</summary>
public sealed class OpenSshException : Exception
{
    public OpenSshException(string message, int? exitCode, string output, string error)
        : base($"{message} (exit code {exitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"})\n--- output ---\n{output}\n--- stderr ---\n{error}")
    {
        ExitCode = exitCode;
        Output = output;
        Error = error;
    }

    /// <summary>Exit code of the client, or null when it was still running.</summary>
    public int? ExitCode { get; }

    /// <summary>What the session printed.</summary>
    public string Output { get; }

    /// <summary>What the client printed on stderr.</summary>
    public string Error { get; }
}
