namespace PolicyKit.Rendering.Pdf;

/// <summary>A job whose PDF was not written, with a reason a person can act on (never a stack trace).</summary>
public sealed record PdfFailure(PdfJob Job, string Reason);
