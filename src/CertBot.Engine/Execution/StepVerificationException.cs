namespace CertBot.Engine.Execution;

/// <summary>The command reported success but the change is not there (serial unchanged, service not STARTED, entry still present).</summary>
public sealed class StepVerificationException : Exception
{
    public StepVerificationException(string node, string message) : base(message)
    {
        Node = node;
    }

    public StepVerificationException()
    {
        Node = "";
    }

    public StepVerificationException(string message) : base(message)
    {
        Node = "";
    }

    public StepVerificationException(string message, Exception innerException) : base(message, innerException)
    {
        Node = "";
    }

    public string Node { get; }
}
