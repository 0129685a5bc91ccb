using CertBot.Cisco.Parsing;

namespace CertBot.Cisco.Tests.Parsing;

/// <summary><c>utils dbreplication runtimestate</c> as public captures show it (CUCM 14 line-broken, CUCM 10.5 flattened).</summary>
public sealed class ReplicationStateParserTests
{
    // Layout of a public CUCM 14 capture (names and addresses changed).
    private const string Cucm14 = """
        admin:utils dbreplication runtimestate

        Server Time: Tue Apr  2 15:16:04 CDT 2024

        Cluster Replication State: BROADCAST SYNC ended at: 2021-12-07-17-47
             Sync Result: SYNC COMPLETED on 749 tables out of 749
             Sync Status: All Tables are in sync
             Use CLI to see detail: 'file view activelog cm/trace/dbl/20211207_174435_dbl_repl_output_Broadcast.log'

        DB Version: ccm14_0_1_11900_132

        Repltimeout set to: 300s
        PROCESS option set to: 1


        Cluster Detailed View from cucm1.example.com (2 Servers):

                                              PING      DB/RPC/   REPL.    Replication    REPLICATION SETUP
        SERVER-NAME         IP ADDRESS        (msec)    DbMon?    QUEUE    Group ID       (RTMT) & Details
        -----------         ----------        ------    -------   -----    -----------    ------------------
        cucm1               192.0.2.3         0.020     Y/Y/Y     0        (g_2)          (2) Setup Completed
        cucm2               192.0.2.33        0.256     Y/Y/Y     579      (g_5)          (2) Setup Completed

        admin:
        """;

    // A public CUCM 10.5 capture that reached its source with the line breaks flattened.
    private const string Flattened =
        "Cluster Replication State: Replication status command started at: 2019-07-03-07-54 Replication status command COMPLETED 682 tables checked out of 682 "
        + "No Errors or Mismatches found. DB Version: ccm10_5_2_15900_8 Repltimeout set to: 300s PROCESS option set to: 1 Cluster Detailed View from CUCM10 (2 Servers): "
        + "PING      DB/RPC/   REPL.    Replication REPLICATION SETUP SERVER-NAME         IP ADDRESS        (msec)    DbMon?    QUEUE    Group ID    (RTMT) & Details "
        + "-----------         ----------        ------    -------   -----    ----------- ------------------ "
        + "CUCM10              192.0.2.20        0.013     Y/Y/Y     0        (g_2) (2) Setup Completed CUCMv10SUB          192.0.2.30        0.230     N/Y/Y     0        (g_3) (4) Setup Incomplete";

    [Fact]
    public void Cucm14Capture_ReadsEveryRow_Healthy()
    {
        var state = ReplicationStateParser.Parse(Cucm14);

        Assert.Equal(2, state.ServerCount);
        Assert.Equal(["cucm1", "cucm2"], state.Servers.Select(s => s.Server));
        Assert.Equal("579", state.Servers[1].Queue);
        Assert.All(state.Servers, s => Assert.Equal((2, "Setup Completed", "Y/Y/Y"), (s.State, s.StateText, s.DbMon)));
        Assert.Null(state.Problem);
    }

    [Fact]
    public void FlattenedCapture_SplitsTheRows_AndNamesTheIncompleteServer()
    {
        var state = ReplicationStateParser.Parse(Flattened);

        Assert.Equal(["CUCM10", "CUCMv10SUB"], state.Servers.Select(s => s.Server));
        Assert.Equal("Setup Completed", state.Servers[0].StateText);
        Assert.Equal((4, "Setup Incomplete", "N/Y/Y"), (state.Servers[1].State, state.Servers[1].StateText, state.Servers[1].DbMon));
        Assert.Equal("not (2) Setup Completed: CUCMv10SUB (4) Setup Incomplete N/Y/Y", state.Problem);
    }

    [Fact]
    public void RowsCutOff_AreAProblem_NotHealth()
    {
        var cut = Cucm14[..Cucm14.IndexOf("cucm2               192", StringComparison.Ordinal)];

        var state = ReplicationStateParser.Parse(cut);

        Assert.Equal("2 servers announced, 1 rows read", state.Problem);
    }

    [Fact]
    public void CheckStillRunning_WithoutTheDetailedView_HasNoRows()
    {
        var state = ReplicationStateParser.Parse("Cluster Replication State: Replication status command started at: 2024-04-02-15-19\n     Replication status command in PROGRESS. Checked 680 tables out of 749\n");

        Assert.Empty(state.Servers);
        Assert.NotNull(state.Problem);
    }
}
