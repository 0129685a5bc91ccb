using CertBot.Chat.Requests;
using CertBot.Chat.Storage;
using CertBot.Chat.Threads;
using CertBot.Chat.Views;
using CertBot.Engine;
using CertBot.Engine.Configuration;
using CertBot.Engine.Runs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CertBot.Chat.Approvers;

/// <summary>
/// Finds who may approve a run and how the bot reaches them: every identity of the clusters' approvers (people from
/// <c>CertBot:People</c> with all their identities) that the engine would let approve this run — so never the
/// requester, in any namespace, and never a <c>cli:</c> name —, with the contacts learned when they wrote to the bot
/// or, for approvers whose platform id is still unknown, from the roster of the run's conversation.
/// </summary>
public sealed class GateAudiences(
    CertBotEngine engine,
    EngineOptions options,
    IChatStore store,
    People people,
    RosterContacts rosters,
    IServiceProvider services,
    TimeProvider time,
    ILogger<GateAudiences> logger)
{
    /// <param name="openDirect">Also open direct conversations where a front can (Slack) for approvers without one; only when posting.</param>
    /// <param name="roster">The run's conversation, whose roster names approvers not met yet (when posting a gate); null: only what is stored.</param>
    public async Task<GateAudience> OfAsync(Run run, bool openDirect, ChatConversation? roster, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var approvers = Approvers(run);
        var requester = Identities(run.RequestedBy);
        var contacts = (await store.ContactsAsync([.. approvers.SelectMany(a => a.Principals).Concat(requester).Distinct()], cancellationToken))
            .ToDictionary(c => c.Principal, StringComparer.Ordinal);
        if (roster is not null)
        {
            var unknown = approvers.SelectMany(a => a.Principals)
                .Where(p => contacts.GetValueOrDefault(p)?.UserId is null && Principal.TryParse(p, out var who) && ChatPrincipals.PlatformOf(who) == roster.Platform)
                .ToList();
            foreach (var learned in await rosters.LearnAsync(roster, unknown, cancellationToken))
            {
                contacts[learned.Principal] = contacts.TryGetValue(learned.Principal, out var known) ? known with { UserId = learned.UserId } : learned;
            }
        }
        var targets = new List<GateTarget>();
        var unreachable = new List<string>();
        foreach (var (name, principals) in approvers)
        {
            var reached = 0;
            foreach (var principal in principals)
            {
                var personal = contacts.GetValueOrDefault(principal)?.Personal ?? (openDirect ? await OpenDirectAsync(principal, cancellationToken) : null);
                if (personal is not null)
                {
                    targets.Add(new GateTarget(principal, name, personal));
                    reached++;
                }
            }

            if (reached == 0)
            {
                unreachable.Add(name);
            }
        }

        var approverPrincipals = approvers.SelectMany(a => a.Principals).ToHashSet(StringComparer.Ordinal);
        return new GateAudience(targets, unreachable,
            [.. contacts.Values.Where(c => approverPrincipals.Contains(c.Principal))], [.. contacts.Values.Where(c => requester.Contains(c.Principal))]);
    }

    /// <summary>Which buttons this person's own view of a gate card shows.</summary>
    public GateViewer ViewerOf(Run run, string principal)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!Principal.TryParse(principal, out var who))
        {
            return GateViewer.Observer;
        }

        return engine.Policy.RefuseApprover(run, who) is null ? GateViewer.Approver
            : engine.People.SamePerson(run.RequestedBy, who.ToString()) ? GateViewer.Requester
            : GateViewer.Observer;
    }

    /// <summary>The approvers of every cluster of the run, as people (name and the identities the engine accepts from them).</summary>
    private List<(string Name, List<string> Principals)> Approvers(Run run)
    {
        var entries = run.Request.Clusters.SelectMany(c => options.FindCluster(c)?.Approvers ?? []).Distinct(StringComparer.OrdinalIgnoreCase);
        return [.. entries
            .SelectMany(Identities)
            .Distinct(StringComparer.Ordinal)
            .Where(p => Principal.TryParse(p, out var who) && !who.IsCli && engine.Policy.RefuseApprover(run, who) is null)
            .GroupBy(p => people.NameOf(p), StringComparer.Ordinal)
            .Select(g => (g.Key, g.ToList()))];
    }

    /// <summary>Every identity an approver entry or a principal stands for (a configured person's all), normalised.</summary>
    private List<string> Identities(string entry)
    {
        var person = Principal.TryParse(entry, out var principal) ? engine.People.PersonOf(principal) : engine.People.Named(entry);
        IEnumerable<string> all = person?.Identities ?? (principal is null ? [] : [principal.ToString()]);
        return [.. all.Select(i => Principal.TryParse(i, out var p) ? p.ToString() : null).OfType<string>()];
    }

    /// <summary>A direct conversation a front opens by user id (Slack), remembered as the person's contact.</summary>
    private async Task<ChatConversation?> OpenDirectAsync(string principal, CancellationToken cancellationToken)
    {
        if (!Principal.TryParse(principal, out var who) || ChatPrincipals.PlatformOf(who) is not { } platform
            || services.GetKeyedService<IDirectConversations>(platform) is not { } direct)
        {
            return null;
        }

        try
        {
            if (await direct.OpenAsync(who.Id, cancellationToken) is not { } conversation)
            {
                return null;
            }

            // No user id: it would name the person in one-person card views, which only Teams has.
            await store.SaveContactAsync(new ChatContact(principal, platform, null, conversation, time.GetUtcNow()), cancellationToken);
            return conversation;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.DirectRefused(logger, principal, e.Message);
            return null;
        }
    }
}
