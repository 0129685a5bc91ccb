namespace CertBot.Engine.Runs;

/// <summary>Why typed text names no single run; each front words it its own way.</summary>
public enum RunIdProblem
{
    /// <summary>It names exactly one run.</summary>
    None,

    /// <summary>Not a run id: not a GUID, nor at least <see cref="RunIds.MinimumPrefix"/> hex digits.</summary>
    NotAnId,

    /// <summary>No run starts with it.</summary>
    NoMatch,

    /// <summary>Several runs start with it: type more.</summary>
    Ambiguous,
}
