using System.Text.Json;
using CertBot.Engine.Model;
using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;
using CertBot.Engine.Storage;

namespace CertBot.Engine.Tests.Procedures;

public sealed class UnitCatalogTests
{
    [Theory]
    [InlineData("tomcat", "tomcat")]
    [InlineData("Tomcat", "tomcat")]
    [InlineData("tomcat.pem", "tomcat")]
    [InlineData("cup_xmpp", "cup-xmpp")]
    [InlineData("cupxmpp", "cup-xmpp")]
    [InlineData("xmpp", "cup-xmpp")]
    [InlineData("s2s", "cup-xmpp-s2s")]
    [InlineData("callmanager", "CallManager")]
    [InlineData("itl-recovery", "ITLRecovery")]
    [InlineData("tvs", "TVS")]
    [InlineData("tomcat-ecdsa", "tomcat-ECDSA")]
    [InlineData("CallManager-ECDSA.pem", "CallManager-ECDSA")]
    public void Find_CommonSpellings_NameThePlatformUnit(string typed, string unit)
    {
        Assert.Equal(unit, UnitCatalog.Find(typed)?.Name);
    }

    [Theory]
    [InlineData("tomcat-trust")]
    [InlineData("cm1")]
    [InlineData("")]
    public void Find_OtherWords_FindNothing(string typed)
    {
        Assert.Null(UnitCatalog.Find(typed));
    }

    [Fact]
    public void Regenerable_AreTheUnitsTheProceduresCover()
    {
        var regenerable = UnitCatalog.All.Where(u => u.IsRegenerable)
            .Select(u => $"{u.Name}:{string.Join('+', u.RegenerableOn)}");

        Assert.Equal(["cup:Imp", "cup-xmpp:Imp", "cup-xmpp-s2s:Imp", "ipsec:Imp", "tomcat:Cucm+Imp"], regenerable);
    }

    [Fact]
    public void CucmOnlyUnits_AreKnownButNotRegenerable()
    {
        foreach (var unit in new[] { UnitCatalog.CallManager, UnitCatalog.Capf, UnitCatalog.Tvs, UnitCatalog.ItlRecovery })
        {
            Assert.Equal([Product.Cucm], unit.ExistsOn);
            Assert.False(unit.IsRegenerable);
        }
    }

    [Fact]
    public void Regenerable_NameTheRestartsThatMakeTheNewCertificateActive()
    {
        Assert.Equal([Services.SipProxy, Services.PresenceEngine, Services.SipFederation], UnitCatalog.Cup.RestartServices);
        Assert.Equal([Services.XcpRouter], UnitCatalog.CupXmpp.RestartServices);
        Assert.Equal([Services.XcpRouter, Services.XmppFederation], UnitCatalog.CupXmppS2s.RestartServices);
        Assert.Equal([Services.DrfLocal], UnitCatalog.Ipsec.RestartServices);
        Assert.Equal([Services.Tomcat], UnitCatalog.Tomcat.RestartServices);
        Assert.All(UnitCatalog.Regenerable, u => Assert.NotEmpty(u.RestartServices));
    }

    [Fact]
    public void OnlyCup_BlocksWhenCaSigned_OnlyTheJabberFacingUnitsArePushed()
    {
        Assert.Equal([UnitCatalog.Cup], UnitCatalog.All.Where(u => u.CaSigned == CaSignedHandling.Block));
        Assert.Equal(["cup-xmpp", "tomcat", "tomcat-ECDSA", "cup-xmpp-ECDSA"], UnitCatalog.All.Where(u => u.PushToJabber).Select(u => u.Name));
    }

    [Fact]
    public void EcdsaTwins_FollowTheirRsaUnit_ButAreNeverRegenerated()
    {
        var twin = UnitCatalog.Find("cup-xmpp-s2s-ECDSA")!;

        Assert.Equal(UnitCatalog.CupXmppS2s.RestartServices, twin.RestartServices);
        Assert.Equal("cup-xmpp", twin.TrustUnit);
        Assert.Equal("CallManager", UnitCatalog.Find("CallManager-ECDSA")!.TrustUnit);
        Assert.All(UnitCatalog.Ecdsa, u => Assert.False(u.IsRegenerable));
        Assert.All(UnitCatalog.Ecdsa, u => Assert.True(u.OnSomeNodes));
        Assert.False(UnitCatalog.Tomcat.OnSomeNodes);
    }

    [Fact]
    public void Request_StoresTheUnitByItsName_AndReadsBackTheCataloguesUnit()
    {
        var request = ProcedureRequest.Regenerate("lab-east", UnitCatalog.CupXmppS2s);

        var json = JsonSerializer.Serialize(request, EngineJson.Options);
        var read = JsonSerializer.Deserialize<ProcedureRequest>(json, EngineJson.Options)!;

        Assert.Contains("\"cup-xmpp-s2s\"", json, StringComparison.Ordinal);
        Assert.Same(UnitCatalog.CupXmppS2s, read.Unit);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ProcedureRequest>(json.Replace("cup-xmpp-s2s", "nope", StringComparison.Ordinal), EngineJson.Options));
    }
}
