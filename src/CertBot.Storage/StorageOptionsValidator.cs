using CertBot.Engine.Configuration;
using CertBot.Engine.Execution;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CertBot.Storage;

/// <summary><c>CertBot:Storage</c> checked at start: a provider CertBot knows, and PostgreSQL's connection string where it is looked for.</summary>
public sealed class StorageOptionsValidator(IConfiguration configuration, ISecretSource secrets) : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = ReadableConfiguration.Problems(configuration.GetSection(StorageOptions.Section), typeof(StorageOptions)).ToList();
        if (options.Provider == StorageProvider.Postgres && string.IsNullOrEmpty(secrets.Find(options.PostgresConnectionVariable)))
        {
            problems.Add($"CertBot:Storage:Provider is postgres but the environment variable {options.PostgresConnectionVariable} is not set: export the connection string there");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
