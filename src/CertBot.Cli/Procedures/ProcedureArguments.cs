using System.CommandLine;

namespace CertBot.Cli.Procedures;

/// <summary>The words and options that name a procedure, shared by <c>plan</c> and <c>request</c>.</summary>
public sealed class ProcedureArguments
{
    public Argument<string[]> Words { get; } = new("procedure")
    {
        Description = "regenerate <unit> | renew <unit> | purge-trust | verify-ipsec | exchange",
        Arity = new ArgumentArity(1, 2),
    };

    public Option<string?> Cluster { get; } = new("--cluster") { Description = "The cluster to change" };

    public Option<int?> OlderThan { get; } = new("--older-than") { Description = "purge-trust: only certificates expired at least this many days ago" };

    public Option<string[]> Files { get; } = new("--file") { Description = "purge-trust: a named obsolete trust certificate, as store/file (repeatable)" };

    public Option<string?> From { get; } = new("--from") { Description = "exchange: the source cluster (its phones move)" };

    public Option<string?> To { get; } = new("--to") { Description = "exchange: the destination cluster" };

    public Option<string?> Mixed { get; } = new("--mixed")
    {
        Description = "regenerate, in a mixed cluster (CA-signed on some nodes): skip-node (default), all-but-it (restart everywhere) or stop",
    };

    public Option<string?> Distribution { get; } = new("--distribution") { Description = "renew: single-node (a CSR per node) or multi-server (one SAN CSR on the publisher); default: what the current certificate is" };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Arguments.Add(Words);
        command.Options.Add(Cluster);
        command.Options.Add(OlderThan);
        command.Options.Add(Files);
        command.Options.Add(From);
        command.Options.Add(To);
        command.Options.Add(Mixed);
        command.Options.Add(Distribution);
    }

    public ProcedureWords Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return new ProcedureWords(parse.GetValue(Words) ?? [], parse.GetValue(Cluster), parse.GetValue(OlderThan),
            parse.GetValue(Files) ?? [], parse.GetValue(From), parse.GetValue(To), parse.GetValue(Mixed), parse.GetValue(Distribution));
    }
}
