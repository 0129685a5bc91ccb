using CertBot.Chat.Grammar;
using CertBot.Engine.Model;

namespace CertBot.Chat.Tests.Grammar;

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
}
