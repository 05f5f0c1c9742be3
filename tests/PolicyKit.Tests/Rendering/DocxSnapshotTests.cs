using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PolicyKit.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace PolicyKit.Tests.Rendering;

/// <summary>
/// Golden files of the Word XML for each numbering scheme, part by part. A change to the renderer shows here as a
/// reviewable diff; accept it with ./run-tests --update-snapshots.
/// </summary>
public sealed partial class DocxSnapshotTests : IDisposable
{
    private readonly TrustFixture _trust = new();

    public void Dispose() => _trust.Dispose();

    [Theory]
    [InlineData("alpha")]
    [InlineData("decimal")]
    [InlineData("unnumbered")]
    public void Document_xml_for_each_numbering_scheme_matches_its_snapshot(string scheme)
    {
        _trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml + $"\nnumbering: {scheme}");
        _trust.Write("passwords.md", TrustFixture.PolicyMd + """

            ## Help {#help}

            - Ask **the office** or see [the trust website](https://trust.example).

            | Account | Minimum length |
            | --- | ---: |
            | Staff | {{ settings.password_min_length }} |

            > Passwords are personal.
            """);
        Snapshot.Match(BuiltParts(), SnapshotNameExtension.Create(scheme));
    }

    [Fact]
    public void Document_xml_for_policy_7_with_a_plain_numbered_list_inside_a_decimal_clause_matches_its_snapshot()
    {
        _trust.Write("schools/alder/school.yaml", TrustFixture.SchoolYaml + "\nnumbering: decimal");
        _trust.Write("passwords.md", TrustFixture.PolicyMd.Replace("title: Passwords\n", "title: Passwords\npolicy-number: 7\n") + "\n" + """
               1) Ring the office.
               2) Say which account it is.
                  1) Your email.
                  2) Your laptop.
            2. Change any password you have told someone. {#change}

            1) A second list starts at 1 again.
            """);

        Snapshot.Match(BuiltParts());
    }

    private SortedDictionary<string, string[]> BuiltParts()
    {
        var (result, diagnostics) = _trust.Build();
        Assert.Empty(diagnostics);
        var path = Assert.Single(result!.WrittenFiles);

        var parts = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        using var zip = ZipFile.OpenRead(path);
        foreach (var name in new[] { "word/document.xml", "word/numbering.xml", "word/footer1.xml", "word/header1.xml", "docProps/custom.xml" })
        {
            var entry = zip.Entries.FirstOrDefault(e => e.FullName == name);
            if (entry is not null)
            {
                using var stream = entry.Open();
                parts[name] = Normalise(XDocument.Load(stream).ToString()).Split('\n');
            }
        }

        return parts;
    }

    // The input hash covers the generator's own version, which changes with every commit.
    private static string Normalise(string xml) => InputHash().Replace(xml, "<vt:lpwstr>(input hash)</vt:lpwstr>");

    [GeneratedRegex("<vt:lpwstr>[0-9a-f]{64}</vt:lpwstr>")]
    private static partial Regex InputHash();
}
