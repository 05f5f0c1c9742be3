using System.Text.RegularExpressions;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Ratification;
using PolicyKit.SignOff.Roster;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.Tests.SignOff.Ratification;

/// <summary>Small proposed-version files on disk, hashed as a build would record them, and the proposal that names them.</summary>
internal static partial class ProposalFixture
{
    public static async Task<ProposalFiles> WriteFilesAsync(string folder, string redlineText)
    {
        Directory.CreateDirectory(folder);
        async Task<CandidateFile> Write(string name, string text)
        {
            var path = Path.Combine(folder, name);
            await File.WriteAllTextAsync(path, text);
            return new CandidateFile(path, Hashing.Sha256Hex(await File.ReadAllBytesAsync(path)));
        }

        return new ProposalFiles
        {
            RedlineHtml = await Write("information-security-redline.html", $"<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Changes</title></head><body><h1>Information security: changes</h1><p>{redlineText}</p></body></html>"),
            RedlineMarkdown = await Write("information-security-redline.md", $"# Changes from 2.0 to 2.1\n\n- {redlineText}\n"),
            RedlineDocx = await Write("information-security-redline.docx", "redline word document"),
            ProposedPdf = await Write("information-security.pdf", "%PDF-1.7 proposed"),
        };
    }

    public static ProposalRequest Request(ProposalFiles files, ProposalContact chair, ProposalContact clerk, string version = "2.1") => new()
    {
        Policy = "information-security",
        Title = "Information security and acceptable use",
        Version = version,
        FromVersion = "2.0",
        Body = "governing-body",
        Changes = "Clause 4 now covers AI tools.",
        Material = true,
        MaterialClauses = ["ai-tools"],
        Documents = [new ProposalDocument("millbrook", "Millbrook School", "Local governing body", chair, clerk, files)],
    };

    public static async Task ImportGovernorsAsync(SignOffStore store, params RosterPerson[] governors) =>
        await new RosterStore(store, TimeProvider.System).ReplaceAsync(["millbrook"], governors, "governors.csv", CancellationToken.None);

    public static string RatifyToken(string text)
    {
        var match = RatifyLink().Match(text);
        Assert.True(match.Success, $"No ratify link in: {text}");
        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"/ratify/([A-Za-z0-9_-]{43})")]
    private static partial Regex RatifyLink();
}
