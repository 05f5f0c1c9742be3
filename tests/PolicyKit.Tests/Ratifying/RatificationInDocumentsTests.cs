using PolicyKit.Model.Document;
using PolicyKit.Model.Presentation;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Ratifying;

/// <summary>What the documents say about the ratification of the version in force: the table, the history and the signatures.</summary>
public sealed class RatificationInDocumentsTests : IDisposable
{
    private readonly TrustFixture _trust = new();

    public void Dispose() => _trust.Dispose();

    [Fact]
    public void The_metadata_and_signatures_name_the_body_the_minute_and_the_chair_who_ratified_the_version()
    {
        _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("    ratified: 2025-09-03", "    ratified: 2025-09-03\n    minute-ref: FGB 2025/09 item 4\n    chair: Mo Minutes", StringComparison.Ordinal));

        var info = Info();

        Assert.Contains(PolicyMetadata.Rows(info, info.EffectiveLayout()), r => r is { Label: "Ratified by", Text: "Governing body, minute FGB 2025/09 item 4" });
        Assert.Equal("Ratified by the Governing body on 3 September 2025, minute FGB 2025/09 item 4.", PolicyMetadata.RatificationSentence(info));
        Assert.Contains(info.Signatories, s => s == new Signatory("Chair of governors", "Mo Minutes", new DateOnly(2025, 9, 3)));
    }

    [Fact]
    public void Without_a_recorded_chair_the_signature_names_the_chair_the_school_gives()
    {
        var info = Info();

        Assert.Contains(info.Signatories, s => s == new Signatory("Chair of governors", "Cai Chair", new DateOnly(2025, 9, 3)));
    }

    [Fact]
    public void A_trust_board_ratification_is_signed_by_the_chair_of_trustees()
    {
        _trust.Write("trust.yaml", TrustFixture.TrustYaml.Replace("roles:\n", "roles:\n  chair-of-trustees:\n    name: Tia Trustee\n", StringComparison.Ordinal));
        _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("approved-by: governing-body", "approved-by: trust-board", StringComparison.Ordinal));

        var info = Info();

        Assert.Equal("Test Learning Trust board of trustees", info.RatifiedBy);
        Assert.Contains(info.Signatories, s => s == new Signatory("Chair of trustees", "Tia Trustee", new DateOnly(2025, 9, 3)));
        Assert.DoesNotContain(info.Signatories, s => s.Name == "Cai Chair");
    }

    private DocumentInfo Info()
    {
        var (compilation, diagnostics) = _trust.Compile();
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        return Assert.Single(compilation!.Documents).Document.Info;
    }
}
