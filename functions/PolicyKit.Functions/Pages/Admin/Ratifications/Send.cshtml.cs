using Microsoft.AspNetCore.Mvc;
using PolicyKit.SignOff.Ratification;
using PolicyKit.SignOff.Roster;

namespace PolicyKit.Functions.Pages.Admin.Ratifications;

/// <summary>The clerk sends one proposal to its chair, with governors copied for information.</summary>
public sealed class SendModel(RatificationService ratifications) : AdminPageModel
{
    [BindProperty]
    public string? ChairName { get; set; }

    [BindProperty]
    public string? ChairEmail { get; set; }

    [BindProperty]
    public string? MinuteRef { get; set; }

    [BindProperty]
    public string? Message { get; set; }

    [BindProperty]
    public List<string> CopyPeople { get; set; } = [];

    [BindProperty]
    public string? CopyAddresses { get; set; }

    public ProposalStatus? Status { get; private set; }

    public IReadOnlyList<RosterPerson> Governors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string policy, string version, string scope, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(policy, version, scope, cancellationToken))
        {
            return Problem is null ? NotFound() : Page();
        }

        ChairName = Status!.Proposal.Chair?.Name;
        ChairEmail = Status.Proposal.Chair?.Email;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string policy, string version, string scope, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(policy, version, scope, cancellationToken))
        {
            return Problem is null ? NotFound() : Page();
        }

        RatificationRequest? request = null;
        var sent = await TryAsync(async () => request = await ratifications.SendAsync(
            new SendRatification(policy, version, scope, ChairName, ChairEmail, MinuteRef, Message, CopyPeople, CopyAddresses is null ? [] : [CopyAddresses]), cancellationToken));
        return sent ? Redirect($"/admin/ratifications?sent={Uri.EscapeDataString(request!.Id)}") : Page();
    }

    private async Task<bool> LoadAsync(string policy, string version, string scope, CancellationToken cancellationToken)
    {
        var found = await TryAsync(async () =>
        {
            Status = await ratifications.ProposalAsync(policy, version, scope, cancellationToken);
            Governors = await ratifications.GovernorsAsync(scope, cancellationToken);
        });
        return found && Status is not null;
    }
}
