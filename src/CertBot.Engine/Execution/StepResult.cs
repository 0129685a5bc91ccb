namespace CertBot.Engine.Execution;

/// <summary>A step's verified result, for the journal and the progress card ("new serial 5A01, expires 2028-11-21").</summary>
public sealed record StepResult(string Detail);
