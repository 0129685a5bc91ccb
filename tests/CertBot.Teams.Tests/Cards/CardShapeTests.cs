using System.Text.Json;
using System.Text.Json.Nodes;
using CertBot.Teams.Cards;
using CertBot.Teams.Tests.Support;

namespace CertBot.Teams.Tests.Cards;

public sealed class CardShapeTests
{
    [Fact]
    public void EveryObjectWithAType_WritesTheTypeFirst()
    {
        var node = CardJson.ToNode(SampleCards.EveryElement());

        var typed = Objects(node).Where(o => o.ContainsKey("type")).ToList();

        Assert.All(typed, o => Assert.Equal("type", o.First().Key));
        Assert.Equal(
            ["AdaptiveCard", "TextBlock", "Container", "TextBlock", "ColumnSet", "Column", "TextBlock", "Column", "TextBlock", "Column", "Column",
             "Table", "TableRow", "TableCell", "TextBlock", "TableCell", "TextBlock", "TableRow", "TableCell", "TextBlock", "TableCell", "TextBlock",
             "Input.Text", "ActionSet", "Action.Submit", "Action.OpenUrl"],
            typed.Select(o => (string)o["type"]!));
    }

    [Fact]
    public void Serialise_LeavesNullsOut()
    {
        var json = CardJson.Serialize(SampleCards.EveryElement());

        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"refresh\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialise_WritesSchemaSpellings()
    {
        var node = CardJson.ToNode(SampleCards.EveryElement());
        var body = node["body"]!.AsArray();

        Assert.Equal("Full", (string)node["msteams"]!["width"]!);
        Assert.Equal("Large", (string)body[0]!["size"]!);
        Assert.Equal("Monospace", (string)body[0]!["fontType"]!);
        Assert.Equal("Attention", (string)body[1]!["style"]!);
        Assert.Equal("Medium", (string)body[1]!["spacing"]!);
        var widths = body[2]!["columns"]!.AsArray().Select(c => c!["width"]!.ToJsonString());
        Assert.Equal(["\"auto\"", "\"stretch\"", "3", "\"40px\""], widths);
        Assert.Equal(["2", "\"60px\""], body[3]!["columns"]!.AsArray().Select(c => c!["width"]!.ToJsonString()));
        Assert.True((bool)body[3]!["firstRowAsHeader"]!);
        Assert.Equal("comment", (string)body[4]!["id"]!);
        Assert.True((bool)body[4]!["isMultiline"]!);
        Assert.Equal("https://example.org/runbook", (string)node["actions"]![0]!["url"]!);
    }

    [Fact]
    public void Execute_SubmitFallbackCarriesTheVerb_AndExecuteDataStaysAsGiven()
    {
        var action = CardActions.Execute("Retry", "retry", new Dictionary<string, string> { ["runId"] = "r-7", ["step"] = "3" });

        var node = JsonSerializer.SerializeToNode<CardAction>(action, CardJson.Options)!;

        Assert.Equal("retry", (string)node["verb"]!);
        Assert.False(node["data"]!.AsObject().ContainsKey("verb"));
        Assert.Equal("Action.Submit", (string)node["fallback"]!["type"]!);
        Assert.Equal("retry", (string)node["fallback"]!["data"]!["verb"]!);
        Assert.Equal("r-7", (string)node["fallback"]!["data"]!["runId"]!);
    }

    [Fact]
    public void Execute_DataUsingTheVerbKey_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => CardActions.Execute("Go", "go", new Dictionary<string, string> { ["verb"] = "other" }));
    }

    [Fact]
    public void Refresh_MoreThanSixtyUsers_IsRefused()
    {
        var action = new ExecuteAction("Refresh", "refresh");
        var sixty = Enumerable.Range(0, 60).Select(i => $"29:user-{i}").ToList();

        _ = new CardRefresh(action, sixty);
        Assert.Throws<ArgumentException>(() => new CardRefresh(action, [.. sixty, "29:one-more"]));
    }

    [Fact]
    public void TableColumn_KeywordWidth_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new TableColumnDefinition(ColumnWidth.Auto));
        Assert.Throws<ArgumentOutOfRangeException>(() => ColumnWidth.Weight(0));
    }

    [Fact]
    public void SizeInBytes_IsTheUtf8LengthOfTheJson()
    {
        var card = SampleCards.EveryElement();

        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(CardJson.Serialize(card)), CardJson.SizeInBytes(card));
        Assert.True(CardJson.SizeInBytes(card) < CardJson.MaxBytes);
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                yield return o;
                foreach (var child in o.SelectMany(p => Objects(p.Value)))
                {
                    yield return child;
                }

                break;
            case JsonArray a:
                foreach (var child in a.SelectMany(Objects))
                {
                    yield return child;
                }

                break;
        }
    }
}
