using System.Text;
using CertBot.Slack.Signing;
using CertBot.Slack.Tests.Support;

namespace CertBot.Slack.Tests.Signing;

public sealed class SlackSignatureVerifierTests
{
    // Slack's published example (docs.slack.dev/authentication/verifying-requests-from-slack).
    private const string ExampleSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string ExampleTimestamp = "1531420618";
    private const string ExampleSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private const string ExampleBody =
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);
    private static readonly DateTimeOffset ExampleTime = DateTimeOffset.FromUnixTimeSeconds(1531420618);

    private static byte[] Body => Encoding.UTF8.GetBytes(ExampleBody);

    [Fact]
    public void Sign_SlackExampleVector_GivesThePublishedSignature() =>
        Assert.Equal(ExampleSignature, SlackSignatureVerifier.Sign(ExampleSecret, ExampleTimestamp, Body));

    [Fact]
    public void Verify_SlackExampleAtItsTime_IsValid()
    {
        var verifier = new SlackSignatureVerifier(new ManualTime(ExampleTime.AddSeconds(30)));
        Assert.Equal(SignatureCheck.Valid, verifier.Verify(ExampleSecret, ExampleTimestamp, ExampleSignature, Body, Window));
    }

    [Fact]
    public void Verify_WrongSecret_IsMismatch()
    {
        var verifier = new SlackSignatureVerifier(new ManualTime(ExampleTime));
        Assert.Equal(SignatureCheck.Mismatch, verifier.Verify("8f742231b10e8888abcd99yyyzzz85a6", ExampleTimestamp, ExampleSignature, Body, Window));
    }

    [Fact]
    public void Verify_TamperedBody_IsMismatch()
    {
        var verifier = new SlackSignatureVerifier(new ManualTime(ExampleTime));
        var tampered = Encoding.UTF8.GetBytes(ExampleBody.Replace("user_id=U2CERLKJA", "user_id=U2CERLKJB", StringComparison.Ordinal));
        Assert.Equal(SignatureCheck.Mismatch, verifier.Verify(ExampleSecret, ExampleTimestamp, ExampleSignature, tampered, Window));
    }

    [Fact]
    public void Verify_SignatureInUpperCaseHex_IsMismatch()
    {
        // Slack sends lowercase hex; anything else is not what Slack signed.
        var verifier = new SlackSignatureVerifier(new ManualTime(ExampleTime));
        Assert.Equal(SignatureCheck.Mismatch, verifier.Verify(ExampleSecret, ExampleTimestamp, "v0=" + ExampleSignature[3..].ToUpperInvariant(), Body, Window));
    }

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    [InlineData(86_400)]
    public void Verify_TimestampOutsideFiveMinutes_IsStale(int secondsFromRequest)
    {
        var verifier = new SlackSignatureVerifier(new ManualTime(ExampleTime.AddSeconds(secondsFromRequest)));
        Assert.Equal(SignatureCheck.Stale, verifier.Verify(ExampleSecret, ExampleTimestamp, ExampleSignature, Body, Window));
    }

    [Fact]
    public void Verify_TimestampExactlyFiveMinutesOld_IsValid()
    {
        var verifier = new SlackSignatureVerifier(new ManualTime(ExampleTime.AddSeconds(300)));
        Assert.Equal(SignatureCheck.Valid, verifier.Verify(ExampleSecret, ExampleTimestamp, ExampleSignature, Body, Window));
    }

    [Fact]
    public void Verify_ReplayedWithAFreshTimestamp_IsMismatch()
    {
        // The timestamp is signed too: moving it into the window breaks the signature.
        var now = ExampleTime.AddDays(1);
        var verifier = new SlackSignatureVerifier(new ManualTime(now));
        Assert.Equal(SignatureCheck.Mismatch, verifier.Verify(ExampleSecret, now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), ExampleSignature, Body, Window));
    }

    [Theory]
    [InlineData(null, ExampleSignature, SignatureCheck.MissingHeaders)]
    [InlineData(ExampleTimestamp, null, SignatureCheck.MissingHeaders)]
    [InlineData("15314x0618", ExampleSignature, SignatureCheck.BadTimestamp)]
    [InlineData("-1531420618", ExampleSignature, SignatureCheck.BadTimestamp)]
    public void Verify_MissingOrMalformedHeaders_AreRefused(string? timestamp, string? signature, SignatureCheck expected)
    {
        var verifier = new SlackSignatureVerifier(new ManualTime(ExampleTime));
        Assert.Equal(expected, verifier.Verify(ExampleSecret, timestamp, signature, Body, Window));
    }

    [Fact]
    public void Verify_NoSigningSecretConfigured_RefusesEvenAnEmptySignature()
    {
        var verifier = new SlackSignatureVerifier(new ManualTime(ExampleTime));
        Assert.Equal(SignatureCheck.NoSecret, verifier.Verify("", ExampleTimestamp, SlackSignatureVerifier.Sign("x", ExampleTimestamp, Body), Body, Window));
    }
}
