using CertBot.Engine.Model;

namespace CertBot.Engine.Tests.Fakes;

/// <summary>Certificates for fake nodes.</summary>
public static class Certs
{
    public static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    public static CertificateInfo Identity(string unit, string host, string serial, bool selfSigned = true, DateTimeOffset? notAfter = null) =>
        new(CertificateInfo.OwnStore, unit, unit + ".pem", $"CN={host}", selfSigned ? $"CN={host}" : "CN=Corp CA", serial,
            Now.AddYears(-2), notAfter ?? Now.AddDays(40), [], selfSigned, "RSA", 2048, "SHA256withRSA", "AA" + serial);

    public static CertificateInfo Trust(string store, string file, string subject, string serial, DateTimeOffset notAfter) =>
        new(store, store, file, subject, subject, serial, notAfter.AddYears(-5), notAfter, [], true, "RSA", 2048, "SHA256withRSA", "BB" + serial);
}
