using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using PolicyKit.SignOff.Storage;

namespace PolicyKit.Functions.Hosting;

/// <summary>
/// Keeps ASP.NET Core's data-protection keys (which sign the admin cookie and the forms' antiforgery tokens) in the
/// service's blob container, so every instance of a scaled-out Function App accepts what another issued. Without it
/// each instance would make its own keys and a form opened on one would be refused by the next.
/// </summary>
internal sealed class BlobKeyRepository(KeyRingStore keys) : IXmlRepository
{
    // The interface is synchronous; ASP.NET Core reads the key ring at start-up and about once a day, off the
    // request path, so blocking on storage here is the lesser evil.
    public IReadOnlyCollection<XElement> GetAllElements() =>
        keys.ReadAllAsync(CancellationToken.None).GetAwaiter().GetResult().Select(XElement.Parse).ToList();

    public void StoreElement(XElement element, string friendlyName)
    {
        var fileName = string.Concat(friendlyName.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')) + ".xml";
        keys.AddAsync(fileName, element.ToString(SaveOptions.DisableFormatting), "application/xml", CancellationToken.None).GetAwaiter().GetResult();
    }
}
