namespace CertBot.Engine.Nodes;

/// <summary>
/// A node operation failed. Carries what an operator needs to act: the node, the command that was sent
/// (never a secret) and the last lines the node printed.
/// </summary>
public class NodeException : Exception
{
    public NodeException(NodeFailure failure, string node, string? command, string? outputTail, string message, Exception? inner = null)
        : base(message, inner)
    {
        Failure = failure;
        Node = node;
        Command = command;
        OutputTail = outputTail;
    }

    public NodeException()
    {
        Node = "";
    }

    public NodeException(string message) : base(message)
    {
        Node = "";
    }

    public NodeException(string message, Exception innerException) : base(message, innerException)
    {
        Node = "";
    }

    public NodeFailure Failure { get; }

    public string Node { get; }

    public string? Command { get; }

    public string? OutputTail { get; }
}
