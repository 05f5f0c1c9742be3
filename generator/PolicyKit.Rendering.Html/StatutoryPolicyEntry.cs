namespace PolicyKit.Rendering.Html;

/// <summary>
/// One row of a school's statutory policies page: what the Department for Education asks for, and the school's
/// policy that meets it. Hrefs are relative to the page; <paramref name="PolicyHref"/> is null when the policy is not
/// on the site (or there is none).
/// </summary>
/// <param name="Name">The requirement's name ("Child protection policy").</param>
/// <param name="Required">True when the law requires it, false when guidance only recommends it.</param>
/// <param name="Approver">Who must approve it, in words.</param>
/// <param name="ReviewFrequency">How often it must be reviewed, in words ("Annually").</param>
/// <param name="PolicyTitle">The title of the school's policy that meets it, or null when none does.</param>
/// <param name="MustPublish">The school must publish it on its website.</param>
/// <param name="OnWebsite">The school's policy is on its policy site.</param>
public sealed record StatutoryPolicyEntry(
    string Name,
    bool Required,
    string Approver,
    string ReviewFrequency,
    string? PolicyTitle,
    string? PolicyHref,
    DateOnly? NextReview,
    StatutoryPolicyState State,
    bool MustPublish,
    bool OnWebsite,
    IReadOnlyList<StatutoryPolicySource> Sources);
