namespace CertBot.Engine.Planning;

/// <summary>A certificate a bulk import must leave in a trust store (the import mapping of seed 003).</summary>
/// <param name="Origin">Where it comes from, for the journal (<c>lab-west/cucm-pub CallManager</c>).</param>
public sealed record ExpectedTrust(string Store, string Serial, string Origin);
