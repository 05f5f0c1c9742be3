using PolicyKit.Model.Diagnostics;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Sources;

/// <summary>A problem with a link is reported where the link starts, not where its paragraph starts.</summary>
public sealed class LinkPositionTests : IDisposable
{
    private readonly TrustFixture _trust = new();

    public void Dispose() => _trust.Dispose();

    [Fact]
    public void A_link_in_the_middle_of_a_line_is_reported_at_its_opening_bracket()
    {
        var path = Replace("2. Never share a password. {#sharing}", "2. Never share a password; read [the guide](#guide) first. {#sharing}");
        AssertLinkAt(DiagnosticCodes.BrokenClauseLink, new SourceSpan(path, 21, 33));
    }

    [Fact]
    public void A_link_on_the_second_line_of_a_paragraph_is_reported_on_that_line()
    {
        var path = Replace("2. Never share a password. {#sharing}", "2. Never share a password.\n   Ask [the IT desk](www.it.example) for help. {#sharing}");
        AssertLinkAt(DiagnosticCodes.InvalidLinkAddress, new SourceSpan(path, 22, 8));
    }

    [Fact]
    public void A_link_inside_a_nested_list_item_is_reported_at_its_own_column()
    {
        var path = Replace("   1. Not even with IT staff. {#sharing-it}", "   1. Not even with [IT staff](#it-staff). {#sharing-it}");
        AssertLinkAt(DiagnosticCodes.BrokenClauseLink, new SourceSpan(path, 22, 21));
    }

    [Fact]
    public void A_link_inside_strong_text_is_reported_at_the_link_not_the_emphasis()
    {
        var path = Replace("2. Never share a password. {#sharing}", "2. Never share a password, **not even [by email](mailto)**. {#sharing}");
        AssertLinkAt(DiagnosticCodes.InvalidLinkAddress, new SourceSpan(path, 21, 39));
    }

    [Fact]
    public void A_link_in_a_table_cell_is_reported_at_the_link()
    {
        var path = _trust.Write("passwords.md", TrustFixture.PolicyMd + "\n\n| Who | Where |\n| --- | --- |\n| Staff | [the desk](#desk) |");
        AssertLinkAt(DiagnosticCodes.BrokenClauseLink, new SourceSpan(path, 30, 11));
    }

    [Fact]
    public void A_link_after_template_expressions_on_its_line_is_reported_where_it_is_written_not_where_the_expansion_moved_it()
    {
        var path = Replace("characters. {#length}", "characters; see [sharing](#shring). {#length}");
        AssertLinkAt(DiagnosticCodes.BrokenClauseLink, new SourceSpan(path, 20, 100));
    }

    [Fact]
    public void Inline_positions_do_not_change_what_a_link_checks_when_it_is_valid()
    {
        Replace("2. Never share a password. {#sharing}", "2. Never share a password; see [length](#length) and [NCSC](https://www.ncsc.example). {#sharing}");
        Assert.Empty(_trust.Compile().Diagnostics);
    }

    private string Replace(string line, string with)
    {
        Assert.Contains(line, TrustFixture.PolicyMd, StringComparison.Ordinal);
        return _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace(line, with, StringComparison.Ordinal));
    }

    private void AssertLinkAt(string code, SourceSpan expected)
    {
        var diagnostic = Assert.Single(_trust.Compile().Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(expected, diagnostic.Span);
    }
}
