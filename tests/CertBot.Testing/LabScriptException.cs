namespace CertBot.Testing;

/// <summary>
/// scripts/lab failed: the lab did not come up (sshd missing, build failed, a daemon did not start), did not
/// go down, or refused a fault. Carries the script's output.
/// </summary>
public sealed class LabScriptException : Exception
{
    public LabScriptException(string message, string output)
        : base($"{message}\n--- scripts/lab output ---\n{output}")
    {
        Output = output;
    }

    /// <summary>What scripts/lab printed (stdout and stderr).</summary>
    public string Output { get; }
}
