using System.Globalization;
using System.Text;
using PolicyKit.Import.Recognition;
using PolicyKit.Import.Writing;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Sources.Loading;

namespace PolicyKit.Import.Targets;

/// <summary>
/// Writes a school's own version of a trust policy as <c>schools/&lt;id&gt;/overrides/&lt;policy&gt;.yaml</c>: the
/// clause changes that turn the trust's text into the school's, and the school's ratification and review date.
/// </summary>
internal static class SchoolOverrideWriter
{
    private const string Indent = "      ";

    public static WrittenSource Write(ImportedPolicy imported, PolicySource trustPolicy, SchoolSource school, IReadOnlyList<BodyUnit> trustBody, ImportContext context)
    {
        var (changes, unexpressed) = OverrideChanges.Between(trustBody, BodyUnits.OfImport(imported.Body, context.Names));
        var text = new StringBuilder();
        var warnings = new List<PlacedWarning>();
        var line = 1;
        void Line(string value)
        {
            text.Append(value).Append('\n');
            line++;
        }

        Line($"# {school.Name}'s changes to the trust's {Quoted(trustPolicy.Title)}, imported from its own document.");
        foreach (var note in unexpressed)
        {
            warnings.Add(new PlacedWarning(1, new ImportWarning(DiagnosticCodes.ImportChangeNotExpressed, $"{note}; check the school's document against the trust's policy by hand.", null)));
        }

        var placed = new HashSet<ImportWarning>();
        if (changes.Count == 0)
        {
            Line("changes: []   # the school's document has the trust's text as it is");
        }
        else
        {
            Line("changes:");
            foreach (var change in changes)
            {
                Line($"  - {change.Verb}: {change.TargetId}");
                if (change.Nodes.Count == 0)
                {
                    continue;
                }

                Line("    with: |");
                var firstLine = line;
                foreach (var body in PolicySourceWriter.WriteBlocks(change.Nodes).TrimEnd('\n').Split('\n'))
                {
                    Line(body.Length == 0 ? string.Empty : Indent + body);
                }

                foreach (var kept in change.Nodes.SelectMany(KeptIn))
                {
                    placed.Add(kept.Warning);
                    warnings.Add(new PlacedWarning(firstLine, kept.Warning));
                }
            }
        }

        foreach (var (key, value) in Ratification(imported, trustPolicy))
        {
            Line($"{key}: {value}");
        }

        // Warnings about parts the changes do not carry (the cover, the metadata table) are about the file as a whole.
        warnings.AddRange(imported.Warnings.Where(w => !placed.Contains(w) && !IsInsideBody(w, imported)).Select(w => new PlacedWarning(1, w)));
        return new WrittenSource(text.ToString(), warnings);
    }

    // The school's own ratification, as its document records it: the date, and the version when the trust's history has it.
    private static IEnumerable<(string Key, string Value)> Ratification(ImportedPolicy imported, PolicySource trustPolicy)
    {
        var front = imported.FrontMatter.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var ratifiedVersion = front.GetValueOrDefault("version-history") is IEnumerable<object> history
            ? history.OfType<IEnumerable<KeyValuePair<string, object>>>()
                .Select(e => e.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal))
                .LastOrDefault(e => e.ContainsKey("ratified"))
            : null;
        var ratified = (object?)imported.RatifiedAsPrinted ?? ratifiedVersion?.GetValueOrDefault("ratified") ?? front.GetValueOrDefault("ratified");

        // The trust's own ratification, printed in every school's copy, is not this school's record.
        var trustRatified = trustPolicy.Current?.Ratified is { } date ? Scalar(date) : null;
        var ownRatification = ratified is not null && Scalar(ratified) != trustRatified;
        if (ratified is not null && ownRatification)
        {
            yield return ("ratified", Scalar(ratified));
            if (ratifiedVersion?.GetValueOrDefault("version") is { } version && trustPolicy.History.Any(v => v.Version == Scalar(version)))
            {
                yield return ("version", Quoted(Scalar(version)));
            }

            foreach (var key in new[] { "minute-ref", "chair" })
            {
                if ((ratifiedVersion?.GetValueOrDefault(key) ?? front.GetValueOrDefault(key)) is { } value)
                {
                    yield return (key, Quoted(Scalar(value)));
                }
            }
        }

        if (front.GetValueOrDefault("next-review") is { } nextReview)
        {
            // The review date every copy prints follows the trust's ratification (or is the trust's own): only the school's is worth recording.
            var trusts = ratified is not null && !ownRatification && (trustPolicy.NextReview is not { } trustReview || Scalar(trustReview) == Scalar(nextReview));
            if (!trusts)
            {
                yield return ("next-review", Scalar(nextReview));
            }
        }
    }

    private static bool IsInsideBody(ImportWarning warning, ImportedPolicy imported) =>
        imported.Body.SelectMany(KeptIn).Any(k => ReferenceEquals(k.Warning, warning));

    private static IEnumerable<KeptNode> KeptIn(SourceNode node) => node switch
    {
        KeptNode kept => [kept],
        SectionNode section => section.Children.SelectMany(KeptIn),
        ClauseNode clause => clause.Children.SelectMany(KeptIn),
        ListNode list => list.Items.SelectMany(i => i.Children).SelectMany(KeptIn),
        _ => [],
    };

    private static string Scalar(object value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    // Double-quoted with YAML's escapes, so a title or minute reference with a colon or quote reads back as written.
    private static string Quoted(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
