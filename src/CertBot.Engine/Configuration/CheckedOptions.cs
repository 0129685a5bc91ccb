using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CertBot.Engine.Configuration;

/// <summary>
/// How every project binds its own configuration section: the options pattern over
/// <see cref="ReadableConfiguration"/> (a value that cannot be read is named, not thrown at first use), checked
/// once at start (<c>ValidateOnStart</c>, gathered by <see cref="StartupProblems"/>). Needs an
/// <see cref="IConfiguration"/> in the container.
/// </summary>
public static class CheckedOptions
{
    /// <summary>Binds <typeparamref name="TOptions"/> from <paramref name="section"/>, checked at start by <typeparamref name="TValidator"/>.</summary>
    public static OptionsBuilder<TOptions> AddCheckedOptions<TOptions, TValidator>(this IServiceCollection services, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        return services.AddCheckedOptions<TOptions>(section);
    }

    /// <summary>Binds <typeparamref name="TOptions"/> from <paramref name="section"/>; whatever validators are registered run at start.</summary>
    public static OptionsBuilder<TOptions> AddCheckedOptions<TOptions>(this IServiceCollection services, string section)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddOptions<TOptions>()
            .Configure<IConfiguration>((options, configuration) => ReadableConfiguration.Bind(configuration.GetSection(section), options))
            .ValidateOnStart();
    }
}
