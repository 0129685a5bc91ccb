using CertBot.Cisco;
using CertBot.Cisco.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CertBot.Cli.Commands;

/// <summary>
/// The CLI's composition: logging on stderr plus each project's <c>AddCertBotXxx</c>. Commands resolve what
/// they need from the provider; a new project's services join here.
/// </summary>
public static class CliServices
{
    public static ServiceProvider Create(CertBotOptions options, bool verbose) =>
        new ServiceCollection()
            .AddLogging(builder =>
            {
                builder.SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.None);
                builder.AddSimpleConsole(o =>
                {
                    o.SingleLine = true;
                    o.TimestampFormat = "HH:mm:ss.fff ";
                });
                // stdout stays machine-readable (--json): every log line goes to stderr.
                builder.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            })
            .AddCertBotCisco(options)
            .BuildServiceProvider();
}
