using System.Text.Json;
using System.Text.Json.Serialization;

namespace CertBot.Engine.Procedures;

/// <summary>
/// A unit is stored as its platform name (<c>"tomcat"</c>), as it always was: stored runs stay readable and a
/// plan's hash does not depend on the catalogue's other facts. Reading finds the catalogue's instance.
/// </summary>
public sealed class CertificateUnitJsonConverter : JsonConverter<CertificateUnit>
{
    public override CertificateUnit Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var name = reader.GetString();
        return name is not null && UnitCatalog.Find(name) is { } unit
            ? unit
            : throw new JsonException($"'{name}' is no certificate unit CertBot knows");
    }

    public override void Write(Utf8JsonWriter writer, CertificateUnit value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Name);
    }
}
