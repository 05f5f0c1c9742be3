using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Loading;
using PolicyKit.Sources.Validation;
using PolicyKit.Sources.Versions;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Ratifying;

/// <summary>The chair and clerk of the body that ratifies a policy at a school, as approval requests need them.</summary>
public sealed class RatificationContactsTests
{
    private static (SourceSet Sources, DiagnosticBag Diagnostics) Example()
    {
        var diagnostics = new DiagnosticBag();
        var sources = SourceSetLoader.Load(RepositoryPaths.Policies, diagnostics)!;
        SourceValidator.Validate(sources, TrustFixture.Today, diagnostics);
        return (sources, diagnostics);
    }

    [Fact]
    public void A_governing_body_policy_goes_to_the_schools_chair_of_governors_and_clerk()
    {
        var (sources, _) = Example();
        var millbrook = sources.FindSchool("millbrook")!;

        var contacts = RatificationContacts.For(sources, sources.FindPolicy("information-security")!, millbrook);

        Assert.Equal("Local governing body", contacts.BodyName);
        Assert.Equal("Chair of governors", contacts.ChairRole);
        Assert.Equal(("Graham Pryce", "g.pryce@millbrook.example"), (contacts.Chair?.Name, contacts.Chair?.Email));
        Assert.Equal(("Derek Ashworth", "clerk@millbrook.example"), (contacts.Clerk?.Name, contacts.Clerk?.Email));
        // The role gives the name the documents print, too.
        Assert.Equal("Graham Pryce", millbrook.ChairOfGovernors);
    }

    [Fact]
    public void A_school_that_names_its_chair_without_an_email_has_a_chair_and_the_trusts_clerk()
    {
        var (sources, _) = Example();

        var contacts = RatificationContacts.For(sources, sources.FindPolicy("online-safety")!, sources.FindSchool("oakhurst")!);

        Assert.Equal(("Fiona McLeod", null), (contacts.Chair?.Name, contacts.Chair?.Email));
        Assert.False(contacts.TrustWide);
        Assert.Equal("governance@brookfield.example", contacts.Clerk?.Email);
    }

    [Fact]
    public void A_trust_board_policy_goes_to_the_chair_of_trustees_and_the_trusts_clerk()
    {
        var (sources, _) = Example();

        var contacts = RatificationContacts.For(sources, sources.FindPolicy("data-protection")!, sources.FindSchool("oakhurst")!);

        Assert.Equal("Chair of trustees", contacts.ChairRole);
        Assert.True(contacts.TrustWide);
        Assert.Equal(("Sir Anthony Greaves", "chair@brookfield.example"), (contacts.Chair?.Name, contacts.Chair?.Email));
        Assert.Equal("governance@brookfield.example", contacts.Clerk?.Email);
    }

    [Fact]
    public void A_chair_written_twice_with_different_names_is_an_error_at_the_scalar()
    {
        using var trust = new TrustFixture();
        var path = trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml + "\nroles:\n  chair-of-governors:\n    name: Someone Else\n    email: chair@alder.example");

        var (_, diagnostics) = trust.Compile();

        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.InvalidValue, path, 9), (error.Code, error.Span.File, error.Span.Line));
        Assert.Contains("name different people", error.Message, StringComparison.Ordinal);
    }
}
