namespace CertBot.Storage.Relational;

/// <summary>What differs between the databases; everything else is the same SQL.</summary>
public abstract class SqlDialect
{
    /// <summary>The schema, oldest first.</summary>
    public abstract IReadOnlyList<Migration> Migrations { get; }

    /// <summary>Statements run inside the migration transaction before anything else (PostgreSQL: an advisory lock so two instances do not migrate at once).</summary>
    public virtual IReadOnlyList<string> BeforeMigration => [];
}
