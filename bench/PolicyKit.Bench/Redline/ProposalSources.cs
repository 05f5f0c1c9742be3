using System.Text;
using System.Text.RegularExpressions;

namespace PolicyKit.Bench.Redline;

/// <summary>
/// Two versions of a 60-clause policy, written into two copies of the example trust: version 2.0, made of the example
/// information security policy's own clauses (with their tables, lists, sub-clauses and templates), and a proposed 2.1
/// with the edits a policy writer typically makes: five clauses reworded, one inserted, one deleted and one moved to
/// another section.
/// </summary>
internal static partial class ProposalSources
{
    public const string PolicyId = "information-security";

    public const int ClauseCount = 60;

    private const string NewClause =
        "1. Security keys issued for multi-factor sign-in must be kept apart from the device they unlock. Report a lost key to {{ roles.it_provider.name }} the same day, as you would a lost laptop. {#security-keys}";

    // Clause positions (0-based, among the 60) that the proposal edits: spread over the policy, clear of the
    // clauses other clauses link to.
    private static readonly int[] Reworded = [2, 14, 27, 38, 51];
    private const int Inserted = 22;
    private const int Deleted = 33;
    private const int MovedFrom = 9;
    private const int MovedTo = 45;

    /// <summary>Writes both versions under <paramref name="folder"/> and returns their policy folders.</summary>
    public static (string From, string To) Write(string repositoryRoot, string folder)
    {
        var example = Path.Combine(repositoryRoot, "policies");
        var source = File.ReadAllText(Path.Combine(example, PolicyId + ".md")).ReplaceLineEndings("\n");
        var end = source.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        var frontMatter = source[..(end + 5)];
        var chunks = Chunks(source[(end + 5)..]);

        // The proposal's front matter is the example's (2.1 proposed, naming the changed clauses); the old version stops at 2.0.
        var proposed = MaterialClauses().Replace(frontMatter, "    material-clauses: [security-keys]\n");
        var current = VersionTwoPointOne().Replace(proposed, string.Empty);

        var clauses = chunks.Where(c => c.IsClause).ToList();
        var from = Body(chunks);
        var to = chunks.ToList();
        foreach (var index in Reworded)
        {
            to[to.IndexOf(clauses[index])] = clauses[index] with { Text = Reword(clauses[index].Text) };
        }

        to.Insert(to.IndexOf(clauses[Inserted]), new Chunk(NewClause + "\n", IsClause: true));
        to.Remove(clauses[Deleted]);
        var moved = to[to.IndexOf(clauses[MovedFrom])];
        to.Remove(moved);
        to.Insert(to.IndexOf(clauses[MovedTo]) + 1, moved);

        // trust.yaml names its Word reference document as ../templates/reference.docx.
        Directory.CreateDirectory(Path.Combine(folder, "templates"));
        File.Copy(Path.Combine(repositoryRoot, "templates", "reference.docx"), Path.Combine(folder, "templates", "reference.docx"), overwrite: true);
        var fromRoot = CopyTrust(example, Path.Combine(folder, "2.0"), current + from);
        var toRoot = CopyTrust(example, Path.Combine(folder, "2.1"), proposed + Body(to));
        return (fromRoot, toRoot);
    }

    // The body as headings, paragraphs and top-level clauses (each with the indented lines under it), without the
    // {{ if }} blocks (whose clauses only some schools have), cut after the 60th clause.
    private static List<Chunk> Chunks(string body)
    {
        var chunks = new List<Chunk>();
        var depth = 0;
        var clauses = 0;
        foreach (var line in body.Split('\n'))
        {
            if (line.StartsWith("{{ if", StringComparison.Ordinal))
            {
                depth++;
                continue;
            }

            if (line.StartsWith("{{ end", StringComparison.Ordinal))
            {
                depth--;
                continue;
            }

            if (depth > 0 || line.StartsWith("{{ else", StringComparison.Ordinal))
            {
                continue;
            }

            var continues = chunks.Count > 0 && chunks[^1].IsClause && (line.Length == 0 || line.StartsWith(' '));
            if (continues)
            {
                chunks[^1] = chunks[^1] with { Text = chunks[^1].Text + line + "\n" };
            }
            else if (line.StartsWith("1. ", StringComparison.Ordinal))
            {
                if (clauses++ == ClauseCount)
                {
                    break;
                }

                chunks.Add(new Chunk(line + "\n", IsClause: true));
            }
            else
            {
                chunks.Add(new Chunk(line + "\n", IsClause: false));
            }
        }

        if (clauses < ClauseCount)
        {
            throw new InvalidOperationException($"the example policy has {clauses} clauses outside conditions; the benchmark needs {ClauseCount}.");
        }

        return chunks;
    }

    // The kinds of rewording proposals make: a stronger duty, a named contact, a sentence more.
    private static string Reword(string clause)
    {
        var end = clause.IndexOf(" {#", StringComparison.Ordinal);
        var text = clause[..end];
        text = text.Contains(" must ", StringComparison.Ordinal)
            ? text.Replace(" must ", " must always ", StringComparison.Ordinal)
            : text.Replace(" the ", " each ", StringComparison.Ordinal);
        return text + " Ask {{ roles.director_of_operations.title }} if you are unsure." + clause[end..];
    }

    private static string Body(IEnumerable<Chunk> chunks)
    {
        var text = new StringBuilder();
        foreach (var chunk in chunks)
        {
            text.Append(chunk.Text);
        }

        return text.ToString();
    }

    private static string CopyTrust(string example, string target, string policy)
    {
        foreach (var file in Directory.GetFiles(example, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(example, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy, overwrite: true);
        }

        File.WriteAllText(Path.Combine(target, PolicyId + ".md"), policy);
        return target;
    }

    [GeneratedRegex(@"^    material-clauses: .*\n", RegexOptions.Multiline)]
    private static partial Regex MaterialClauses();

    [GeneratedRegex(@"^  - version: ""2\.1""\n(?:    .*\n)*", RegexOptions.Multiline)]
    private static partial Regex VersionTwoPointOne();

    private sealed record Chunk(string Text, bool IsClause);
}
