using CertBot.Cisco.Text;

namespace CertBot.Cisco.Tests.Text;

public sealed class CliTextTests
{
    [Fact]
    public void Clean_EraseLineBeforePrompt_BecomesALineBreak()
    {
        Assert.Equal("Active Master Version: 14\nadmin:", CliText.Clean("Active Master Version: 14\u001b[Kadmin:"));
    }

    [Fact]
    public void Clean_ColoursCarriageReturnsAndKeypadCodes_AreRemoved()
    {
        Assert.Equal("bold text\nnext", CliText.Clean("\u001b[?1h\u001b=\u001b[1mbold\u001b[0m text\r\nnext\r"));
    }

    [Fact]
    public void RemovePagerText_GluedToData_KeepsTheData()
    {
        var cleaned = CliText.Clean("line one\r\n\u001b[1mPress <enter> for 1 line, <space> for one page, or <q> to quit\u001b[0mline two");

        Assert.Equal("line one\nline two", CliText.RemovePagerText(cleaned));
    }

    [Fact]
    public void RemovePagerText_FileViewer_IsRemoved()
    {
        Assert.Equal("data\n", CliText.RemovePagerText("data\noptions: q=quit, n=next, p=prev, b=begin, e=end (lines 1 - 20 of 96) :"));
    }

    [Fact]
    public void EchoStripper_EchoedCommand_IsRemoved()
    {
        Assert.Equal("Active Master Version: 14\n", EchoStripper.Strip("show version active\nActive Master Version: 14\n", "show version active"));
    }

    [Theory]
    [InlineData("show network cluster10.0.0.1 cucm-pub.lab cucm-pub Publisher callmanager DBPub authenticated\n", "show network cluster", "10.0.0.1 cucm-pub.lab cucm-pub Publisher callmanager DBPub authenticated\n")]
    [InlineData("utils service list  Requesting service status, please wait...\nSystem SSH [STARTED]\n", "utils service list", "Requesting service status, please wait...\nSystem SSH [STARTED]\n")]
    public void EchoStripper_OutputOnTheEchoLine_IsKept(string received, string command, string expected)
    {
        Assert.Equal(expected, EchoStripper.Strip(received, command));
    }

    [Fact]
    public void EchoStripper_WrappedEcho_IsRemoved()
    {
        Assert.Equal("out\n", EchoStripper.Strip("run sql select paramname from proc\nessconfig\nout\n", "run sql select paramname from processconfig"));
    }

    [Fact]
    public void EchoStripper_OutputWithoutEcho_IsKept()
    {
        Assert.Equal("something else\n", EchoStripper.Strip("something else\n", "show version active"));
    }
}
