using Microsoft.AspNetCore.Mvc;
using PolicyKit.Functions.Api;
using PolicyKit.SignOff.People;
using PolicyKit.SignOff.Rounds;

namespace PolicyKit.Functions.Pages.Admin;

/// <summary>One person in a round: their status and what the school can do about it (resend, correct, left, excused).</summary>
public sealed class PersonModel(RoundPeople people) : AdminPageModel
{
    public RoundPerson? Person { get; private set; }

    public MailState? Mail { get; private set; }

    public string? Done { get; private set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, string school, string person, CancellationToken cancellationToken) =>
        await LoadAsync(id, school, person, cancellationToken);

    public async Task<IActionResult> OnPostResendAsync(string id, string school, string person, CancellationToken cancellationToken)
    {
        string? sentTo = null;
        if (await TryAsync(async () => sentTo = await people.ResendAsync(id, school, person, Email, RoundPeopleEndpoints.Actor(User), cancellationToken)))
        {
            Done = $"A new link is on its way to {sentTo}. Links sent before no longer work.";
            Email = null;
        }

        return await LoadAsync(id, school, person, cancellationToken);
    }

    public async Task<IActionResult> OnPostExemptAsync(string id, string school, string person, CancellationToken cancellationToken)
    {
        if (await TryAsync(async () => await people.ExemptAsync(id, school, person, Kind, Reason, RoundPeopleEndpoints.Actor(User), HttpContext.TraceIdentifier, cancellationToken)))
        {
            Done = "Recorded. They get no more emails in this round and no longer count as outstanding.";
        }

        return await LoadAsync(id, school, person, cancellationToken);
    }

    private async Task<IActionResult> LoadAsync(string id, string school, string person, CancellationToken cancellationToken)
    {
        var problem = Problem;
        var status = Response.StatusCode;
        await TryAsync(async () =>
        {
            Person = await people.FindAsync(id, school, person, cancellationToken);
            Mail = await people.MailStateAsync(Person, cancellationToken);
        });
        if (Person is null && Response.StatusCode == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }

        // A problem with what was posted is the one to show, not the reload's.
        Problem = problem ?? Problem;
        Response.StatusCode = problem is null ? Response.StatusCode : status;
        return Page();
    }
}
