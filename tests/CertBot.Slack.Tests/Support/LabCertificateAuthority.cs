using CertBot.Engine.Renewal.Authorities;
using CertBot.Testing;

namespace CertBot.Slack.Tests.Support;

/// <summary>
/// A CA connector backed by the lab CA (<c>scripts/lab sign --intermediate</c>, the two-level chain): what an automatic
/// connector does for a real CA. <see cref="Flaw"/> makes it answer a wrong certificate (<c>missing-san</c>, …).
/// </summary>
internal sealed class LabCertificateAuthority(LabFixture lab) : ICertificateAuthority
{
    public const string ConnectorName = "lab-ca";
    private int orders;

    public string Name => ConnectorName;

    /// <summary>Null: a right answer; else the lab's flaw for a wrong one.</summary>
    public string? Flaw { get; set; }

    /// <summary>How many orders it was given.</summary>
    public int Orders => orders;

    public async Task<SigningAnswer> SignAsync(SigningOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        Interlocked.Increment(ref orders);
        var answers = new List<string>();
        foreach (var request in order.Requests)
        {
            answers.Add(await lab.SignAsync(request.Pem, intermediate: true, Flaw));
        }

        return SigningAnswer.Issued(string.Concat(answers));
    }
}
