using CertBot.Engine.Procedures;

namespace CertBot.Engine.Tests.Procedures;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("tomcat", "tomcat", 0)]
    [InlineData("TOMCAT", "tomcat", 0)]
    [InlineData("tomcta", "tomcat", 1)]
    [InlineData("tomat", "tomcat", 1)]
    [InlineData("regenrate", "regenerate", 1)]
    [InlineData("lab-esat", "lab-east", 1)]
    [InlineData("", "cup", 3)]
    [InlineData("kitten", "sitting", 3)]
    public void Between_CountsSlips(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b));
        Assert.Equal(expected, EditDistance.Between(b, a));
    }

    [Fact]
    public void Closest_FarWords_OfferNothing()
    {
        Assert.Null(EditDistance.Closest("cm1", ["cup", "tomcat", "lab-east"]));
        Assert.Equal("lab-east", EditDistance.Closest("lab-eats", ["lab-west", "lab-east"]));
    }

    [Fact]
    public void Closest_PastedMegabyteWord_IsRefusedWithoutAMatrixPerCandidate()
    {
        var word = new string('x', 1_000_000);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var closest = EditDistance.Closest(word, ["approve", "regenerate", "tomcat", "lab-east"]);

        Assert.Null(closest);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64 * 1024, "a far-too-long word still allocated a distance matrix");
    }
}
