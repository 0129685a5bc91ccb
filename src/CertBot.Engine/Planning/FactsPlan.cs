namespace CertBot.Engine.Planning;

/// <summary>A plan and the time of the facts it was made from.</summary>
/// <param name="FactsReadAt">When the cached facts it was made from were read (the oldest cluster's); null when it was read live.</param>
public sealed record FactsPlan(Plan Plan, DateTimeOffset? FactsReadAt);
