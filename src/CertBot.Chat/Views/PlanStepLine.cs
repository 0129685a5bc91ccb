namespace CertBot.Chat.Views;

/// <summary>One step as a plan shows it.</summary>
/// <param name="Node">Null for gates and cluster-wide manual steps.</param>
public sealed record PlanStepLine(int Number, string Title, string? Node, bool ServiceImpacting, bool WaitsForPerson);
