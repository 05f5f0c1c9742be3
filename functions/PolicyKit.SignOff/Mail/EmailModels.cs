using System.Globalization;
using System.Net;
using PolicyKit.SignOff.Chasing;
using PolicyKit.SignOff.Evidence;
using PolicyKit.SignOff.Publishing;
using PolicyKit.SignOff.Reviews;
using PolicyKit.SignOff.Roster;
using Scriban.Runtime;

namespace PolicyKit.SignOff.Mail;

/// <summary>
/// The variables each email template gets (listed in templates/email/README.md). Names are snake_case and built here
/// by hand, not from .NET members, so a template can only see what is listed. For HTML templates every string is
/// already HTML-encoded: a name typed as "&lt;script&gt;" cannot become markup even where an author forgets a filter.
/// </summary>
internal static class EmailModels
{
    // A dark blue with white text passes WCAG AA; used when a school has no colour or one that is not six hex digits.
    private const string DefaultColour = "1F4E79";

    public static ScriptObject Invitation(InvitationMail mail, bool withLogo, bool html)
    {
        Func<string?, string?> text = html ? Encode : s => s;
        return new ScriptObject
        {
            ["school"] = School(mail.School, withLogo, text),
            ["recipient"] = new ScriptObject { ["name"] = text(mail.RecipientName), ["email"] = text(mail.RecipientEmail) },
            ["policy"] = new ScriptObject { ["title"] = text(mail.PolicyTitle), ["version"] = text(mail.Version) },
            ["sign_link"] = text(mail.SignLink.AbsoluteUri),
            ["expires"] = text(UkTime.Date(mail.ExpiresUtc)),
            ["expires_utc"] = text(UkTime.Iso(mail.ExpiresUtc)),
            ["sign_by"] = mail.SignBy is { } signBy ? text(UkTime.LongDate(signBy)) : null,
            ["sign_again"] = mail.SignAgain is not { } again ? null : new ScriptObject
            {
                ["previous_version"] = text(again.Follows),
                ["clauses"] = text(again.ClauseWording()),
                ["changes"] = text(again.Changes),
            },
        };
    }

    public static ScriptObject Reminder(ReminderMail mail, bool withLogo, bool html)
    {
        var model = Invitation(mail.Invitation, withLogo, html);
        model["final"] = mail.IsFinal;
        return model;
    }

    public static ScriptObject Notice(NoticeMail mail, bool withLogo, bool html)
    {
        Func<string?, string?> text = html ? Encode : s => s;
        var people = new ScriptArray();
        foreach (var person in mail.Notice.People)
        {
            people.Add(new ScriptObject
            {
                ["name"] = text(person.Name),
                ["email"] = text(person.Email),
                ["group"] = text(PersonGroups.Display(person.Group)),
                ["reminders_sent"] = person.RemindersSent,
            });
        }

        return new ScriptObject
        {
            ["school"] = School(mail.School, withLogo, text),
            ["recipient"] = new ScriptObject { ["name"] = text(mail.Recipient.Name), ["email"] = text(mail.RecipientEmail) },
            ["notice"] = new ScriptObject
            {
                ["declined"] = mail.Notice.Kind == NoticeRecord.DeclineKind,
                ["after_deadline"] = mail.Notice.Kind == NoticeRecord.AfterDeadlineKind,
                ["policy_title"] = text(mail.PolicyTitle),
                ["version"] = text(mail.Version),
                ["sign_by"] = mail.SignBy is { } signBy ? text(UkTime.LongDate(signBy)) : null,
                ["reason"] = text(mail.Notice.DeclineReason),
                ["people"] = people,
                ["count"] = people.Count,
                ["dashboard_link"] = text(mail.DashboardLink.AbsoluteUri),
            },
        };
    }

    public static ScriptObject Review(ReviewReminderMail mail, bool withLogo, bool html)
    {
        Func<string?, string?> text = html ? Encode : s => s;
        var r = mail.Reminder;
        return new ScriptObject
        {
            ["school"] = School(mail.School, withLogo, text),
            ["recipient"] = new ScriptObject { ["name"] = text(r.Name), ["email"] = text(r.Email) },
            ["review"] = new ScriptObject
            {
                ["policy_title"] = text(r.Title),
                ["version"] = text(r.Version),
                ["due"] = text(UkTime.LongDate(r.ReviewDate)),
                ["days_left"] = Math.Max(0, mail.DaysLeft),
                ["days_overdue"] = Math.Max(0, -mail.DaysLeft),
                ["overdue"] = mail.DaysLeft < 0,
                ["due_today"] = mail.DaysLeft == 0,
                ["for_clerk"] = r.Recipient == ReviewReminderRecord.ClerkRecipient,
                ["owner_name"] = text(r.OwnerName),
                ["owner_title"] = text(r.OwnerTitle),
                ["overdue_every_days"] = r.OverdueEveryDays,
            },
        };
    }

    public static ScriptObject Receipt(ReceiptMail mail, bool withLogo, bool html)
    {
        Func<string?, string?> text = html ? Encode : s => s;
        var e = mail.Evidence;
        var statements = new ScriptArray();
        foreach (var statement in e.Statements)
        {
            statements.Add(text(statement));
        }

        return new ScriptObject
        {
            ["school"] = School(mail.School, withLogo, text),
            ["recipient"] = new ScriptObject { ["name"] = text(e.TypedName), ["email"] = text(e.Email) },
            ["evidence"] = new ScriptObject
            {
                ["signed"] = e.Kind == DecisionRecord.SignedKind,
                ["kind"] = text(e.Kind),
                ["typed_name"] = text(e.TypedName),
                ["email"] = text(e.Email),
                ["school_name"] = text(e.SchoolName),
                ["policy_title"] = text(e.PolicyTitle),
                ["version"] = text(e.Version),
                ["document_file"] = text(e.DocumentFile),
                ["document_sha256"] = text(e.DocumentSha256),
                ["attachment_file"] = text(mail.DocumentFileName),
                ["attachment_sha256"] = text(mail.DocumentSha256),
                ["at_utc"] = text(UkTime.Iso(e.AtUtc)),
                ["at_uk"] = text(UkTime.Wording(e.AtUtc)),
                ["ip_address"] = text(e.IpAddress),
                ["record_reference"] = text(mail.RecordReference),
                ["decline_reason"] = string.IsNullOrWhiteSpace(e.DeclineReason) ? null : text(e.DeclineReason),
                ["statements"] = statements,
            },
        };
    }

    public static ScriptObject Ratification(RatificationMail mail, bool withLogo, bool html)
    {
        Func<string?, string?> text = html ? Encode : s => s;
        var request = mail.Request;
        var proposal = request.Proposal;
        var decision = mail.Decision;
        var documents = new ScriptArray();
        foreach (var file in decision?.Documents ?? proposal.Files.Select(f => new DecisionDocument(f.Name, f.Sha256)).ToList())
        {
            documents.Add(new ScriptObject { ["file"] = text(file.File), ["sha256"] = text(file.Sha256) });
        }

        var clauses = new ScriptArray();
        foreach (var clause in proposal.MaterialClauses)
        {
            clauses.Add(text(clause));
        }

        return new ScriptObject
        {
            ["school"] = School(mail.School, withLogo, text),
            ["recipient"] = new ScriptObject { ["name"] = text(mail.RecipientName), ["email"] = text(mail.RecipientEmail) },
            ["ratification"] = new ScriptObject
            {
                ["ask"] = mail.Kind is SignOff.Ratification.RatificationMessage.AskKind or SignOff.Ratification.RatificationMessage.ReminderKind,
                ["reminder"] = mail.Kind == SignOff.Ratification.RatificationMessage.ReminderKind,
                ["sent_on"] = text(UkTime.Date(request.SentUtc)),
                ["copy"] = mail.Kind == SignOff.Ratification.RatificationMessage.CopyKind,
                ["receipt"] = mail.Kind == SignOff.Ratification.RatificationMessage.ReceiptKind,
                ["outcome"] = mail.Kind == SignOff.Ratification.RatificationMessage.OutcomeKind,
                ["approved"] = decision?.Kind == DecisionRecord.SignedKind,
                ["returned"] = decision?.Kind == DecisionRecord.DeclinedKind,
                ["policy_title"] = text(proposal.Title),
                ["version"] = text(proposal.Version),
                ["from_version"] = text(proposal.FromVersion),
                ["body_name"] = text(proposal.BodyName),
                ["for_name"] = text(proposal.SchoolName),
                ["trust_wide"] = proposal.TrustWide,
                ["changes"] = string.IsNullOrWhiteSpace(proposal.Changes) ? null : text(proposal.Changes),
                ["material"] = proposal.Material,
                ["material_clauses"] = clauses,
                ["chair_name"] = text(request.Chair.Name),
                ["minute_ref"] = text(request.MinuteRef),
                ["message"] = text(request.Message),
                ["link"] = mail.Link is null ? null : text(mail.Link.AbsoluteUri),
                ["expires"] = mail.ExpiresUtc is { } expires ? text(UkTime.Date(expires)) : null,
                ["statement"] = text(request.Statement),
                ["typed_name"] = text(decision?.TypedName),
                ["comments"] = text(decision?.DeclineReason),
                ["at_uk"] = decision is null ? null : text(UkTime.Wording(decision.AtUtc)),
                ["at_utc"] = decision is null ? null : text(UkTime.Iso(decision.AtUtc)),
                ["ip_address"] = text(decision?.IpAddress),
                ["record_reference"] = text(mail.Reference),
                ["documents"] = documents,
                ["admin_link"] = text(mail.AdminLink.AbsoluteUri),
            },
        };
    }

    private static ScriptObject School(SchoolProfile school, bool withLogo, Func<string?, string?> text)
    {
        var colour = school.PrimaryColour is { Length: 6 } c && c.All(char.IsAsciiHexDigit) ? c.ToUpperInvariant() : DefaultColour;
        return new ScriptObject
        {
            ["id"] = text(school.Id),
            ["name"] = text(school.Name),
            ["address"] = string.IsNullOrWhiteSpace(school.Address) ? null : text(school.Address),
            ["contact_email"] = string.IsNullOrWhiteSpace(school.ContactEmail) ? null : text(school.ContactEmail),
            ["primary_colour"] = "#" + colour,
            ["on_primary_colour"] = IsDark(colour) ? "#FFFFFF" : "#111827",
            ["has_logo"] = withLogo,
            ["logo_src"] = withLogo ? "cid:" + SchoolLogo.ContentId : "",
            ["logo_alt"] = text(string.IsNullOrWhiteSpace(school.LogoAlt) ? $"{school.Name} logo" : school.LogoAlt),
        };
    }

    private static string? Encode(string? value) => value is null ? null : WebUtility.HtmlEncode(value);

    /// <summary>Whether white text is easier to read than near-black on this colour (WCAG relative luminance).</summary>
    private static bool IsDark(string hex)
    {
        static double Channel(string hex, int at)
        {
            var v = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return v <= 0.03928 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
        }

        var luminance = 0.2126 * Channel(hex, 0) + 0.7152 * Channel(hex, 2) + 0.0722 * Channel(hex, 4);
        // Contrast with white is 1.05 / (L + 0.05); with #111827 (L = 0.0116) it is (L + 0.05) / 0.0616.
        return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.0616;
    }
}
