namespace CertBot.Cli.Commands;

/// <summary>The exit codes of the procedure commands, the same for every one of them.</summary>
public static class ExitCodes
{
    /// <summary>Done, or already so.</summary>
    public const int Ok = 0;

    /// <summary>Refused or not allowed now (the answer says what is), a blocked plan, a node or store failure.</summary>
    public const int Refused = 1;

    /// <summary>A typo: unknown procedure, unit, cluster or principal; a configuration problem.</summary>
    public const int Usage = 2;

    /// <summary>No such run.</summary>
    public const int NotFound = 3;
}
