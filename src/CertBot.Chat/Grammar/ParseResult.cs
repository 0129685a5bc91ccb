using System.Diagnostics.CodeAnalysis;
using CertBot.Chat.Grammar.Commands;

namespace CertBot.Chat.Grammar;

/// <summary>What the grammar made of one message: a command, or a refusal that says why and how to say it.</summary>
public sealed record ParseResult
{
    private ParseResult(ChatCommand? command, CommandRefusal? refusal)
    {
        Command = command;
        Refusal = refusal;
    }

    public ChatCommand? Command { get; }

    public CommandRefusal? Refusal { get; }

    [MemberNotNullWhen(true, nameof(Command))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool Understood => Command is not null;

    public static ParseResult Of(ChatCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return new ParseResult(command, null);
    }

    public static ParseResult Refused(CommandRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return new ParseResult(null, refusal);
    }
}
