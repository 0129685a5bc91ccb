using System.CommandLine;
using System.Data.Common;
using CertBot.Cisco.Configuration;
using CertBot.Cli.Composition;
using CertBot.Engine.Nodes;
using CertBot.Engine.Storage;

namespace CertBot.Cli.Commands;

/// <summary>
/// What every procedure command does around its own work: read the configuration, open the store and the
/// engine, and turn every expected failure into one line on stderr with an exit code, never a stack trace.
/// </summary>
internal static class EngineCommand
{
    public static async Task<int> RunAsync(ParseResult parse, Func<CliEngine, Task<int>> work, CancellationToken cancellationToken)
    {
        try
        {
            await using var engine = await CliEngine.OpenAsync(parse.GetValue(GlobalOptions.Config) ?? [], parse.GetValue(GlobalOptions.Store), parse.GetValue(GlobalOptions.Verbose), cancellationToken);
            return await work(engine);
        }
        catch (NodeException e)
        {
            await Console.Error.WriteLineAsync($"{e.Node} could not be read ({e.Failure}): {e.Message}; nothing was changed");
            return ExitCodes.Refused;
        }
        catch (ConfigurationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return ExitCodes.Usage;
        }
        catch (StoreInUseException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return ExitCodes.Refused;
        }
        catch (DbException e)
        {
            await Console.Error.WriteLineAsync($"the store cannot be used: {e.Message}");
            return ExitCodes.Refused;
        }
        catch (UnauthorizedAccessException e)
        {
            await Console.Error.WriteLineAsync($"the store cannot be opened: {e.Message}");
            return ExitCodes.Refused;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("stopped");
            return 130;
        }
    }
}
