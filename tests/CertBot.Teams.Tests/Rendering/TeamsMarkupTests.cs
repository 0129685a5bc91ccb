using CertBot.Teams.Rendering;

namespace CertBot.Teams.Tests.Rendering;

/// <summary>Text answers as Teams' HTML subset: placeholders in code read as themselves, nothing the core wrote is lost.</summary>
public sealed class TeamsMarkupTests
{
    [Fact]
    public void CodeSpan_WithPlaceholders_IsEscapedOnceInsideCode()
    {
        Assert.Equal("<code>certs &lt;cluster&gt; [expiring &lt;days&gt;]</code>", TeamsMarkup.FromMarkdown("`certs <cluster> [expiring <days>]`"));
    }

    [Fact]
    public void BoldLinesAndBullets_BecomeStrongBreaksAndAList()
    {
        var html = TeamsMarkup.FromMarkdown("**Active runs:**\n- `1a2b3c4d` Regenerate tomcat: **Running**\n- second\nafter & more");

        Assert.Equal("<strong>Active runs:</strong><ul><li><code>1a2b3c4d</code> Regenerate tomcat: <strong>Running</strong></li><li>second</li></ul>after &amp; more", html);
    }

    [Fact]
    public void MarkupFromPeopleOrNodes_IsText_NotHtml()
    {
        var html = TeamsMarkup.FromMarkdown("⛔ <script>alert(1)</script> ** and `<b>` · \"quoted\"");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<code>&lt;b&gt;</code>", html, StringComparison.Ordinal);
        Assert.Contains("· \"quoted\"", html, StringComparison.Ordinal);
    }
}
