using PolicyKit.SignOff.Chasing;
using PolicyKit.SignOff.Evidence;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PolicyKit.SignOff.Mail;

/// <summary>
/// The email templates a trust can edit, parsed once. Templates run in strict mode: an unknown variable or
/// member is an error naming the file, line and column. They see only the variables of <see cref="EmailModels"/>
/// (snake_case keys set by hand, so <see cref="TemplateContext.MemberRenamer"/> never applies), cannot include
/// other files and stop after <see cref="LoopLimit"/> iterations. Thread-safe after construction.
/// </summary>
internal sealed class EmailTemplates
{
    public const string InvitationHtml = "invitation.html.scriban";
    public const string InvitationText = "invitation.txt.scriban";
    public const string ReceiptHtml = "receipt.html.scriban";
    public const string ReceiptText = "receipt.txt.scriban";
    public const string ReminderHtml = "reminder.html.scriban";
    public const string ReminderText = "reminder.txt.scriban";
    public const string NoticeHtml = "notice.html.scriban";
    public const string NoticeText = "notice.txt.scriban";
    public const string ReviewHtml = "review.html.scriban";
    public const string ReviewText = "review.txt.scriban";
    public const string RatificationHtml = "ratification.html.scriban";
    public const string RatificationText = "ratification.txt.scriban";

    private const int LoopLimit = 1000;
    private const int RecursionLimit = 20;
    private const string SubjectPrefix = "Subject:";

    public static IReadOnlyList<string> Names { get; } = [InvitationHtml, InvitationText, ReceiptHtml, ReceiptText, ReminderHtml, ReminderText, NoticeHtml, NoticeText, ReviewHtml, ReviewText, RatificationHtml, RatificationText];

    /// <summary>Templates added after the first four: a trust's folder without them gets PolicyKit's copies.</summary>
    public static IReadOnlySet<string> Optional { get; } = new HashSet<string>(StringComparer.Ordinal) { ReminderHtml, ReminderText, NoticeHtml, NoticeText, ReviewHtml, ReviewText, RatificationHtml, RatificationText };

    private readonly Dictionary<string, (Template Template, string File)> _templates = [];

    /// <param name="texts">Each template's text by its name in <see cref="Names"/>.</param>
    /// <param name="directory">Where the texts came from, for messages; null names the templates alone.</param>
    /// <exception cref="SignOffException">A template is missing, does not parse, or uses a variable it does not get.</exception>
    public EmailTemplates(IReadOnlyDictionary<string, string> texts, string? directory = null)
    {
        foreach (var name in Names)
        {
            var file = directory is null ? name : Path.Combine(directory, name);
            if (!texts.TryGetValue(name, out var text))
            {
                throw new SignOffException($"The email template {file} is missing; copy it from templates/email in PolicyKit.");
            }

            var template = Template.Parse(text, file);
            if (template.HasErrors)
            {
                throw new SignOffException(string.Join(Environment.NewLine, template.Messages.Select(m => Format(file, m.Span, m.Message))));
            }

            _templates[name] = (template, file);
        }

        // Rendering samples now finds a misspelt variable when the templates are published, not when 500 invitations go out.
        RenderInvitation(EmailSamples.Invitation(), withLogo: true);
        RenderInvitation(EmailSamples.SignAgain(), withLogo: false);
        RenderReceipt(EmailSamples.Receipt(DecisionRecord.SignedKind), withLogo: true);
        RenderReceipt(EmailSamples.Receipt(DecisionRecord.DeclinedKind), withLogo: false);
        RenderReminder(new ReminderMail(EmailSamples.Invitation(), IsFinal: true), withLogo: true);
        RenderReminder(new ReminderMail(EmailSamples.Invitation() with { SignBy = null }, IsFinal: false), withLogo: false);
        RenderNotice(EmailSamples.Notice(NoticeRecord.DeclineKind, 1), withLogo: true);
        RenderNotice(EmailSamples.Notice(NoticeRecord.AfterDeadlineKind, 2), withLogo: false);
        RenderNotice(EmailSamples.Notice(NoticeRecord.AfterDeadlineKind, 0), withLogo: false);
        foreach (var (daysLeft, clerk) in new[] { (30, false), (0, true), (-9, false), (-9, true) })
        {
            RenderReview(EmailSamples.Review(daysLeft, clerk), withLogo: clerk);
        }

        foreach (var sample in EmailSamples.Ratifications())
        {
            RenderRatification(sample, withLogo: sample.Kind == Ratification.RatificationMessage.AskKind);
        }
    }

    /// <exception cref="SignOffException">A template file is missing or wrong.</exception>
    public static EmailTemplates LoadDirectory(string directory)
    {
        var texts = new Dictionary<string, string>();
        foreach (var name in Names)
        {
            var path = Path.Combine(directory, name);
            try
            {
                texts[name] = File.ReadAllText(path);
            }
            catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException && Optional.Contains(name))
            {
                texts[name] = BuiltInText(name);
            }
            catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
            {
                throw new SignOffException($"The email template {path} is missing; copy it from templates/email in PolicyKit.", ex);
            }
            catch (IOException ex)
            {
                throw new SignOffException($"The email template {path} could not be read: {ex.Message}", ex);
            }
        }

        return new EmailTemplates(texts, directory);
    }

    /// <summary>The templates shipped with PolicyKit, for a trust that has not written its own.</summary>
    public static EmailTemplates BuiltIn()
    {
        return new EmailTemplates(Names.ToDictionary(n => n, BuiltInText));
    }

    /// <summary>The text of one template as shipped with PolicyKit.</summary>
    public static string BuiltInText(string name)
    {
        var assembly = typeof(EmailTemplates).Assembly;
        using var stream = assembly.GetManifestResourceStream("email/" + name)
            ?? throw new InvalidOperationException($"The built-in email template {name} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public RenderedEmail RenderInvitation(InvitationMail mail, bool withLogo) => Render(
        InvitationText, EmailModels.Invitation(mail, withLogo, html: false),
        InvitationHtml, EmailModels.Invitation(mail, withLogo, html: true));

    public RenderedEmail RenderReceipt(ReceiptMail mail, bool withLogo) => Render(
        ReceiptText, EmailModels.Receipt(mail, withLogo, html: false),
        ReceiptHtml, EmailModels.Receipt(mail, withLogo, html: true));

    public RenderedEmail RenderReminder(ReminderMail mail, bool withLogo) => Render(
        ReminderText, EmailModels.Reminder(mail, withLogo, html: false),
        ReminderHtml, EmailModels.Reminder(mail, withLogo, html: true));

    public RenderedEmail RenderNotice(NoticeMail mail, bool withLogo) => Render(
        NoticeText, EmailModels.Notice(mail, withLogo, html: false),
        NoticeHtml, EmailModels.Notice(mail, withLogo, html: true));

    public RenderedEmail RenderReview(ReviewReminderMail mail, bool withLogo) => Render(
        ReviewText, EmailModels.Review(mail, withLogo, html: false),
        ReviewHtml, EmailModels.Review(mail, withLogo, html: true));

    public RenderedEmail RenderRatification(RatificationMail mail, bool withLogo) => Render(
        RatificationText, EmailModels.Ratification(mail, withLogo, html: false),
        RatificationHtml, EmailModels.Ratification(mail, withLogo, html: true));

    private RenderedEmail Render(string textName, ScriptObject textModel, string htmlName, ScriptObject htmlModel)
    {
        var text = Render(textName, textModel);
        var html = Render(htmlName, htmlModel);
        var file = _templates[textName].File;

        // The subject is the text template's first line, so a trust edits it beside the words it sums up.
        var firstBreak = text.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = (firstBreak < 0 ? text : text[..firstBreak]).TrimEnd('\r');
        if (!firstLine.StartsWith(SubjectPrefix, StringComparison.OrdinalIgnoreCase) || firstLine[SubjectPrefix.Length..].Trim().Length == 0)
        {
            throw new SignOffException($"{file}(1,1): error: the first line must be the subject, such as 'Subject: Please read and sign: {{{{ policy.title }}}}'");
        }

        var subject = string.Join(' ', firstLine[SubjectPrefix.Length..].Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        var body = firstBreak < 0 ? "" : text[(firstBreak + 1)..];
        return new RenderedEmail(subject, body, html);
    }

    private string Render(string name, ScriptObject model)
    {
        var (template, file) = _templates[name];
        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursionLimit,
            TemplateLoader = null,
            MemberRenamer = member => member.Name,
        };
        context.TryGetMember = (TemplateContext _, SourceSpan span, object target, string member, out object? value) =>
            throw new ScriptRuntimeException(span, $"'{member}' is not a variable of this email; see templates/email/README.md for the variables each template gets");
        context.PushGlobal(model);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new SignOffException(Format(file, ex.Span, ex.OriginalMessage), ex);
        }
    }

    private static string Format(string file, SourceSpan span, string message) =>
        $"{file}({span.Start.Line + 1},{span.Start.Column + 1}): error: {message.Replace('`', '\'')}";
}
