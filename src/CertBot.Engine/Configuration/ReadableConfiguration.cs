using System.Collections;
using System.ComponentModel;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace CertBot.Engine.Configuration;

/// <summary>
/// Binds an options type with the configuration binder, but first names every value it could not convert
/// (<c>cluster 'lab-east' node 'cucm-pub' has Role 'publsher': use publisher or subscriber</c>) and leaves
/// those out: the binder alone stops at the first typo with a type name, so the operator would fix one
/// mistake per start and the other checks would never run.
/// </summary>
public static class ReadableConfiguration
{
    /// <summary>Binds what can be read of <paramref name="section"/> onto <paramref name="options"/>.</summary>
    public static void Bind(IConfigurationSection section, object options)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(options);
        var unreadable = Unreadable(section, options.GetType(), null).Select(u => u.Path).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (unreadable.Count == 0)
        {
            section.Bind(options);
            return;
        }

        var prefix = section.Path + ":";
        var readable = section.AsEnumerable()
            .Where(kv => kv.Value is not null && !unreadable.Contains(kv.Key))
            .Select(kv => new KeyValuePair<string, string?>(kv.Key[prefix.Length..], kv.Value));
        new ConfigurationBuilder().AddInMemoryCollection(readable).Build().Bind(options);
    }

    /// <summary>Every value of <paramref name="section"/> that cannot become its property's type, in the operator's words.</summary>
    public static IReadOnlyList<string> Problems(IConfigurationSection section, Type optionsType)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(optionsType);
        return [.. Unreadable(section, optionsType, null).Select(u => u.Problem)];
    }

    /// <param name="cluster">The <c>Clusters[]</c> entry being walked, so a problem names its cluster.</param>
    private static IEnumerable<(string Path, string Problem)> Unreadable(IConfigurationSection section, Type type, IConfigurationSection? cluster)
    {
        foreach (var child in section.GetChildren())
        {
            var property = type.GetProperty(child.Key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property?.SetMethod is not { IsPublic: true })
            {
                continue;
            }

            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var problems = IsSimple(propertyType) ? Check(child, propertyType, Where(section, cluster))
                : ElementType(propertyType) is { } element ? child.GetChildren().SelectMany(item => IsSimple(element)
                    ? Check(item, element, Where(section, cluster))
                    : Unreadable(item, element, property.Name == "Clusters" ? item : cluster))
                : Unreadable(child, propertyType, cluster);
            foreach (var problem in problems)
            {
                yield return problem;
            }
        }
    }

    private static IEnumerable<(string Path, string Problem)> Check(IConfigurationSection value, Type type, string where) =>
        string.IsNullOrEmpty(value.Value) || CanConvert(value.Value, type)
            ? []
            : [(value.Path, $"{where} has {KeyOf(value)} '{value.Value}': use {Expected(type)}")];

    /// <summary>A list item is named by its list (<c>Approvers</c>), not by its index.</summary>
    private static string KeyOf(IConfigurationSection value) =>
        int.TryParse(value.Key, out _) ? ConfigurationPath.GetSectionKey(ConfigurationPath.GetParentPath(value.Path) ?? value.Key) : value.Key;

    private static bool CanConvert(string text, Type type)
    {
        if (type.IsEnum)
        {
            return Enum.TryParse(type, text, ignoreCase: true, out var parsed) && Enum.IsDefined(type, parsed!);
        }

        try
        {
            // The converter the binder itself uses, so "readable" means exactly "the binder converts it".
            TypeDescriptor.GetConverter(type).ConvertFromInvariantString(text);
            return true;
        }
        catch (Exception e) when (e is FormatException or NotSupportedException or ArgumentException or OverflowException
            || e.InnerException is FormatException or OverflowException)
        {
            return false;
        }
    }

    private static string Expected(Type type) => type switch
    {
        _ when type.IsEnum => string.Join(" or ", Enum.GetNames(type).Select(n => n.ToLowerInvariant())),
        _ when type == typeof(TimeSpan) => "a duration such as 04:00:00",
        _ when type == typeof(TimeOnly) => "a time such as 22:00",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(int) || type == typeof(long) => "a whole number",
        _ => $"a {type.Name} value",
    };

    /// <summary>Who a value belongs to, as the operator names it: a cluster, one of its nodes or windows, or the section.</summary>
    private static string Where(IConfigurationSection owner, IConfigurationSection? cluster)
    {
        if (cluster is null)
        {
            return owner.Path;
        }

        var name = $"cluster '{cluster["Name"]}'";
        return ConfigurationPath.GetSectionKey(ConfigurationPath.GetParentPath(owner.Path) ?? "") switch
        {
            _ when owner.Path == cluster.Path => name,
            "Nodes" => $"{name} node '{owner["Name"]}'",
            "MaintenanceWindows" => $"{name} maintenance window {owner.Key}",
            _ => $"{name} {owner.Key}",
        };
    }

    private static bool IsSimple(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
        || type == typeof(TimeOnly) || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(Uri) || type == typeof(Guid);

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) && type.GetGenericArguments() is [var element] ? element
        : null;
}
