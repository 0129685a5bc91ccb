using CertBot.Engine.Model;

namespace CertBot.Chat.Grammar;

/// <summary>How people name the two products in chat ("regen tomcat imp").</summary>
internal static class ProductWords
{
    private static readonly Dictionary<string, Product> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["cucm"] = Product.Cucm,
        ["ucm"] = Product.Cucm,
        ["cm"] = Product.Cucm,
        ["imp"] = Product.Imp,
        ["im&p"] = Product.Imp,
        ["im/p"] = Product.Imp,
        ["im-p"] = Product.Imp,
        ["im"] = Product.Imp,
        ["cups"] = Product.Imp,
        ["presence"] = Product.Imp,
    };

    public static IEnumerable<string> Spellings => Words.Keys;

    public static Product? Find(string word) => Words.TryGetValue(word, out var product) ? product : null;

    public static string Describe(Product product) => product == Product.Cucm ? "CUCM" : "IM and Presence";
}
