using CertBot.Engine.Configuration;
using Microsoft.Extensions.Options;

namespace CertBot.Engine.Renewal.Authorities;

/// <summary>At start: every cluster's CA connector is one the host has (a typo would otherwise surface mid-run).</summary>
public sealed class CertificateAuthorityValidator(IEnumerable<ICertificateAuthority> connectors) : IValidateOptions<EngineOptions>
{
    public ValidateOptionsResult Validate(string? name, EngineOptions options)
    {
        var problems = new CertificateAuthorities(connectors).Problems(options);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
