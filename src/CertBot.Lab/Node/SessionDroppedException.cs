namespace CertBot.Lab.Node;

/// <summary>A <c>drop</c> fault ends the session in the middle of a command; <see cref="Command"/> names it.</summary>
internal sealed class SessionDroppedException(string command) : Exception($"session dropped during '{command}'")
{
    public string Command { get; } = command;
}
