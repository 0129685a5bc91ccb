namespace CertBot.Testing;

/// <summary>Lab definitions of the tests' own (tests/CertBot.Testing/Labs), for <see cref="LabFixtureOptions.Definition"/>.</summary>
public static class LabDefinitions
{
    /// <summary>
    /// Four small clusters for several runs at once: <c>north</c> (a CUCM publisher and one IM/P publisher, so
    /// P1 has three executing steps), <c>south</c>, <c>site-a</c> and <c>site-b</c> (a CUCM publisher each).
    /// </summary>
    public static string SeveralClusters => System.IO.Path.Combine(RepositoryRoot.Path, "tests", "CertBot.Testing", "Labs", "several-clusters.json");
}
