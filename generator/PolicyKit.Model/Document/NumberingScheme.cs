namespace PolicyKit.Model.Document;

/// <summary>How a school numbers sections and clauses.</summary>
public enum NumberingScheme
{
    /// <summary>Sections "1.", clauses "a.", sub-clauses "i." (a common local-authority style).</summary>
    Alpha,

    /// <summary>Sections "1", clauses "1.1", sub-clauses "1.1.1".</summary>
    Decimal,

    /// <summary>Unnumbered headings; clauses as plain paragraphs, sub-clauses as bullets.</summary>
    Unnumbered,
}
