using CertBot.Engine.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CertBot.Cisco.Configuration;

/// <summary><c>CertBot:Ssh</c> checked at start: values that cannot be read, and an inventory that could never probe.</summary>
public sealed class SshOptionsValidator(IConfiguration configuration) : IValidateOptions<SshOptions>
{
    public ValidateOptionsResult Validate(string? name, SshOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = ReadableConfiguration.Problems(configuration.GetSection(SshOptions.Section), typeof(SshOptions)).ToList();
        if (options.InventoryConcurrency < 1)
        {
            problems.Add("CertBot:Ssh:InventoryConcurrency must be at least 1");
        }

        if (options.MaxSessionsPerNode < 1)
        {
            problems.Add("CertBot:Ssh:MaxSessionsPerNode must be at least 1: with none, no node could ever be read");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
