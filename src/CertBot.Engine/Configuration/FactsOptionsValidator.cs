using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CertBot.Engine.Configuration;

/// <summary><c>CertBot:Facts</c> checked at start: values that cannot be read, and times that could never work.</summary>
public sealed class FactsOptionsValidator(IConfiguration configuration) : IValidateOptions<FactsOptions>
{
    public ValidateOptionsResult Validate(string? name, FactsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = ReadableConfiguration.Problems(configuration.GetSection(FactsOptions.Section), typeof(FactsOptions)).ToList();
        if (options.RefreshInterval < TimeSpan.FromSeconds(10))
        {
            problems.Add("CertBot:Facts:RefreshInterval must be at least 10 seconds (default 00:30:00): every refresh logs in to every node");
        }

        if (options.Jitter is < 0 or > 0.5)
        {
            problems.Add("CertBot:Facts:Jitter must be between 0 and 0.5 (a share of the interval; default 0.1)");
        }

        if (options.MaxAge <= TimeSpan.Zero)
        {
            problems.Add("CertBot:Facts:MaxAge must be positive (default 00:45:00)");
        }

        if (options.LeaseTime <= TimeSpan.Zero)
        {
            problems.Add("CertBot:Facts:LeaseTime must be positive (default 00:10:00)");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
