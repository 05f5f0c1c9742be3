using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Loading;
using PolicyKit.Sources.Templating;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Templating;

public sealed class PolicyTemplateTests : IDisposable
{
    private readonly TrustFixture _trust = new();

    public void Dispose() => _trust.Dispose();

    [Fact]
    public void Expressions_take_the_school_values_and_the_school_setting_beats_the_trust_default()
    {
        var text = Expand("{{ school.name }} needs {{ settings.password_min_length }}; ask {{ roles.director_of_operations.title }}.");
        Assert.Equal("Alder School needs 6; ask Director of Operations.", text.Text);
    }

    [Fact]
    public void A_line_holding_only_tags_leaves_no_blank_line()
    {
        var text = Expand("1. First {#a}\n{{ if settings.cashless_catering }}\n2. Biometrics {#b}\n{{ end }}\n3. Third {#c}\n");
        Assert.Equal("1. First {#a}\n3. Third {#c}\n", text.Text);
    }

    [Fact]
    public void Output_lines_map_back_to_their_source_lines_after_conditionals()
    {
        var text = Expand("one\n{{ if false }}\ntwo\n{{ end }}\nthree\n{{ for i in [1, 2] }}\nloop {{ i }}\n{{ end }}\nfour", firstLine: 10);
        Assert.Equal("one\nthree\nloop 1\nloop 2\nfour", text.Text);
        Assert.Equal([10, 14, 16, 16, 18], Enumerable.Range(0, 5).Select(line => text.SpanAt(line, 0).Line));
    }

    [Fact]
    public void Output_columns_map_back_to_the_column_written_even_after_an_expression_printed_a_different_length()
    {
        var text = Expand("x\n  {{ school.name }} is [here](#x); {{ settings.password_min_length }}", firstLine: 10);
        Assert.Equal("x\n  Alder School is [here](#x); 6", text.Text);
        Assert.Equal(new SourceSpan("p.md", 11, 24), text.SpanAt(1, text.Text.Split('\n')[1].IndexOf('[', StringComparison.Ordinal)));
        Assert.Equal(new SourceSpan("p.md", 11, 1), text.SpanAt(1, 0));
        Assert.Equal(new SourceSpan("p.md", 11, 36), text.SpanAt(1, text.Text.Split('\n')[1].Length - 1));
    }

    [Fact]
    public void Strict_mode_reports_a_value_a_school_lacks_instead_of_printing_nothing()
    {
        var diagnostics = new DiagnosticBag();
        var template = PolicyTemplate.Parse("{{ missing_thing }}", "p.md", 5, diagnostics)!;
        Assert.Null(template.Render(Scope(), diagnostics));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(new SourceSpan("p.md", 5, 4), diagnostic.Span);
        Assert.Equal(DiagnosticCodes.UnknownVariable, diagnostic.Code);
    }

    [Fact]
    public void Templates_cannot_include_files()
    {
        var diagnostics = new DiagnosticBag();
        var template = PolicyTemplate.Parse("{{ include 'secrets.txt' }}", "p.md", 1, diagnostics)!;
        Assert.Null(template.Render(Scope(), diagnostics));
        Assert.Equal(DiagnosticCodes.TemplateRuntime, Assert.Single(diagnostics).Code);
    }

    [Theory]
    [InlineData("{{ date.now }}")]
    [InlineData("{{ math.random 1 10 }}")]
    public void Templates_cannot_read_the_clock_or_random_numbers_so_builds_stay_reproducible(string expression)
    {
        var diagnostics = new DiagnosticBag();
        var template = PolicyTemplate.Parse(expression, "p.md", 1, diagnostics)!;
        template.Render(Scope(), diagnostics);
        Assert.Contains(diagnostics, d => d.IsError && d.Code == DiagnosticCodes.UnknownVariable);
    }

    private ExpandedText Expand(string body, int firstLine = 1)
    {
        var diagnostics = new DiagnosticBag();
        var template = PolicyTemplate.Parse(body, "p.md", firstLine, diagnostics);
        var expanded = template?.Render(Scope(), diagnostics);
        Assert.Empty(diagnostics);
        return expanded!;
    }

    private TemplateScope Scope()
    {
        var sources = SourceSetLoader.Load(_trust.Root, new DiagnosticBag())!;
        return TemplateScope.For(sources, sources.Schools[0], sources.Policies[0]);
    }
}
