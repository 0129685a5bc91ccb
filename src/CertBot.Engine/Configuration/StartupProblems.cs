using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CertBot.Engine.Configuration;

/// <summary>
/// Runs every start-up check the composition registered (each project's <c>ValidateOnStart</c> options) once,
/// before anything is served or run, and gathers every problem, so the operator fixes them in one round. The
/// host and the command line both ask here; only how they say "no" differs.
/// </summary>
public static class StartupProblems
{
    public static IReadOnlyList<string> Of(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
            return [];
        }
        catch (OptionsValidationException e)
        {
            return [.. e.Failures.Distinct(StringComparer.Ordinal)];
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is OptionsValidationException))
        {
            return [.. e.InnerExceptions.Cast<OptionsValidationException>().SelectMany(i => i.Failures).Distinct(StringComparer.Ordinal)];
        }
    }
}
