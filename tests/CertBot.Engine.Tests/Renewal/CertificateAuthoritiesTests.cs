using CertBot.Engine.Configuration;
using CertBot.Engine.Renewal.Authorities;
using CertBot.Engine.Tests.Fakes;

namespace CertBot.Engine.Tests.Renewal;

/// <summary>Which CA connector a cluster uses: manual unless it names one the host has; a name nobody installed stops the start.</summary>
public sealed class CertificateAuthoritiesTests
{
    private static readonly SigningOrder Order = new(Guid.NewGuid(), "lab-east", "tomcat", []);

    [Fact]
    public async Task ByDefault_EveryClusterIsManual_AndTheManualConnectorLeavesItToPeople()
    {
        var lab = new FakeLab();
        var connector = new CertificateAuthorities().For(lab.East);

        Assert.True(CertificateAuthorities.IsManual(connector));
        Assert.Equal("manual", lab.East.CertificateAuthority);
        var answer = await connector.SignAsync(Order, default);
        Assert.Null(answer.Pem);
        Assert.Equal("the cluster's CA is answered by people", answer.Reason);
    }

    [Fact]
    public void ANamedConnector_IsTheClusters_WhateverTheCase_AndTheOtherClusterStaysManual()
    {
        var lab = new FakeLab();
        var named = new NamedAuthority("acme-ca");
        var authorities = new CertificateAuthorities([named]);

        Assert.Same(named, authorities.For(lab.East with { CertificateAuthority = "ACME-CA" }));
        Assert.True(CertificateAuthorities.IsManual(authorities.For(lab.West)));
        Assert.True(CertificateAuthorities.IsManual(authorities.For(lab.West with { CertificateAuthority = " " })));
    }

    [Fact]
    public void AConnectorNobodyInstalled_IsRefusedAtStart_NamingTheClusterAndTheKnownOnes()
    {
        var lab = new FakeLab();
        var options = new EngineOptions { Clusters = [lab.East with { CertificateAuthority = "acme" }, lab.West] };
        var validator = new CertificateAuthorityValidator([new NamedAuthority("lab-ca")]);

        var result = validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal(["cluster 'lab-east' names the CA connector 'acme', which is not installed (known: lab-ca, manual)"], result.Failures);
        Assert.True(validator.Validate(null, new EngineOptions { Clusters = [lab.East with { CertificateAuthority = "lab-ca" }, lab.West] }).Succeeded);
        Assert.Throws<InvalidOperationException>(() => new CertificateAuthorities().For(lab.East with { CertificateAuthority = "acme" }));
    }

    [Fact]
    public void AnAnswer_IsEitherCertificatesOrAReason_NeverEmpty()
    {
        Assert.Equal("-----BEGIN CERTIFICATE-----", SigningAnswer.Issued("-----BEGIN CERTIFICATE-----").Pem);
        Assert.Null(SigningAnswer.Issued("x").Reason);
        Assert.Throws<ArgumentException>(() => SigningAnswer.Issued(" "));
        Assert.Throws<ArgumentException>(() => SigningAnswer.Manual(""));
    }

    private sealed class NamedAuthority(string name) : ICertificateAuthority
    {
        public string Name => name;

        public Task<SigningAnswer> SignAsync(SigningOrder order, CancellationToken cancellationToken) => Task.FromResult(SigningAnswer.Manual("not in this test"));
    }
}
