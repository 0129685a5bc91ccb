using System.Text.Json;
using System.Text.Json.Serialization;

namespace CertBot.Teams.Cards;

/// <summary>Writes a weight as a JSON number and every other width as a string; cards are only written, never read.</summary>
internal sealed class ColumnWidthJsonConverter : JsonConverter<ColumnWidth>
{
    public override ColumnWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Card JSON is written by CertBot, never read back.");

    public override void Write(Utf8JsonWriter writer, ColumnWidth value, JsonSerializerOptions options)
    {
        if (value.Keyword is null && !value.IsPixels)
        {
            writer.WriteNumberValue(value.Number);
        }
        else
        {
            writer.WriteStringValue(value.ToString());
        }
    }
}
