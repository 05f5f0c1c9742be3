using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PolicyKit.Generator.Building;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Tests.Support;
using Snapshooter.Xunit;

namespace PolicyKit.Tests.ExampleTrust;

/// <summary>
/// The example trust's twelve original documents, pinned byte for byte: the SHA-256 of every part of each Word
/// document and of each web page. Layout features are opt-in, so a change here means existing trusts would see
/// their documents change; accept it only on purpose (./run-tests --update-snapshots).
/// </summary>
public sealed partial class ExampleTrustOutputsTests : IDisposable
{
    private static readonly string[] Schools = ["larkfield-ashcombe", "millbrook", "oakhurst"];
    private static readonly string[] Policies = ["data-protection", "information-security", "mobile-phones", "online-safety"];

    private readonly string _output = Path.Combine(Path.GetTempPath(), "policykit-pinned-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [Fact]
    public async Task The_original_example_documents_are_byte_identical_to_their_pinned_hashes()
    {
        var options = new BuildOptions(RepositoryPaths.Policies, new DateOnly(2026, 11, 23)) { OutputRoot = _output, Formats = OutputFormats.Docx | OutputFormats.Html };
        var diagnostics = new DiagnosticBag();
        var result = await BuildRunner.RunAsync(options, diagnostics, null, CancellationToken.None);
        Assert.True(result is not null, string.Join('\n', diagnostics));

        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var school in Schools)
        {
            foreach (var policy in Policies)
            {
                var stem = Path.Combine(_output, school, policy);
                using (var zip = ZipFile.OpenRead(stem + ".docx"))
                {
                    foreach (var entry in zip.Entries)
                    {
                        using var stream = entry.Open();
                        using var bytes = new MemoryStream();
                        await stream.CopyToAsync(bytes);
                        var content = bytes.ToArray();
                        if (entry.FullName == "docProps/custom.xml")
                        {
                            content = Encoding.UTF8.GetBytes(InputHash().Replace(Encoding.UTF8.GetString(content), "(input hash)"));
                        }

                        hashes[$"{school}/{policy}.docx!{entry.FullName}"] = Sha256(content);
                    }
                }

                hashes[$"{school}/{policy}.html"] = Sha256(await File.ReadAllBytesAsync(stem + ".html"));
            }
        }

        Snapshot.Match(hashes);
    }

    // The input hash covers the generator's own build, which changes with every commit by design.
    private static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    [GeneratedRegex("<vt:lpwstr>[0-9a-f]{64}</vt:lpwstr>")]
    private static partial Regex InputHash();
}
