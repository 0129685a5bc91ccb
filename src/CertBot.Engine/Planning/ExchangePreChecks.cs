using System.Globalization;
using CertBot.Engine.Model;

namespace CertBot.Engine.Planning;

/// <summary>
/// Seed 003 step 1, as far as node operations reach: both publishers answer, the source is not prepared for
/// rollback to pre-8.0, and a version pair known to break bulk import (CSCuy43181) is named. ITL/CTL and
/// security mode are an operator-confirmed step of the plan.
/// </summary>
internal static class ExchangePreChecks
{
    private static readonly Version BulkImportChange = new(10, 5, 2, 13900);

    public static async Task CheckAsync(PlanningContext context, NodeRef source, NodeRef destination, CancellationToken cancellationToken)
    {
        var sourceFacts = await context.Facts.ForAsync(source, cancellationToken);
        var destinationFacts = await context.Facts.ForAsync(destination, cancellationToken);
        var rollback = await sourceFacts.EnterpriseParameterAsync("RollBackToPreGrayback", cancellationToken);
        if (rollback is null)
        {
            context.Plan.Decide(source.Name, "RollBackToPreGrayback not found: taken as False");
        }
        else if (!rollback.Trim().StartsWith('F'))
        {
            context.Plan.Block($"\"Prepare Cluster for Rollback to pre 8.0\" is True on {source.Cluster} (RollBackToPreGrayback = {rollback}): set it to False first");
        }
        else
        {
            context.Plan.Decide(source.Name, "\"Prepare Cluster for Rollback to pre 8.0\" is False");
        }

        var sourceVersion = await sourceFacts.VersionAsync(cancellationToken);
        var destinationVersion = await destinationFacts.VersionAsync(cancellationToken);
        context.Plan.Decide("versions", $"{source.Cluster} runs {sourceVersion}, {destination.Cluster} runs {destinationVersion}");
        if (Parse(sourceVersion) is { } a && Parse(destinationVersion) is { } b && (a >= BulkImportChange) != (b >= BulkImportChange))
        {
            context.Plan.Decide("versions", "CSCuy43181: bulk import between 10.5.2.13900 or later and an older release is known to fail; check the imports closely");
        }
    }

    /// <summary>The first four numbers of <c>14.0.1.13900-155</c>; null when the text is not a version.</summary>
    private static Version? Parse(string text)
    {
        var numbers = text.Split(['.', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Take(4)
            .Select(part => int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1)
            .ToList();
        return numbers.Count == 4 && numbers.All(n => n >= 0) ? new Version(numbers[0], numbers[1], numbers[2], numbers[3]) : null;
    }
}
