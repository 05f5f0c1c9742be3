using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Publishing;

namespace PolicyKit.SignOff.Mail;

/// <summary>A person's receipt for a decision, with the evidence recorded and the document they were shown.</summary>
/// <param name="RecordReference">The reference a person quotes to the school to find this record.</param>
/// <param name="DocumentSha256">SHA-256 of the attached bytes, as the round pinned them; printed so the person can check the copy.</param>
/// <param name="MessageId">Stable for this decision (without angle brackets), so a retried message keeps its id.</param>
internal sealed record ReceiptMail(
    SchoolProfile School,
    DecisionRecord Evidence,
    string RecordReference,
    byte[] Document,
    string DocumentFileName,
    string DocumentSha256,
    string DocumentContentType,
    string MessageId);
