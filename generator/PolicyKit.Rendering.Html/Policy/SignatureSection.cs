using PolicyKit.Model.Document;
using PolicyKit.Model.Presentation;
using PolicyKit.Rendering.Html.Writing;

namespace PolicyKit.Rendering.Html.Policy;

/// <summary>"Signed": who signed the policy off (role, name, date). Unlike the printed page there are no lines to sign on.</summary>
internal static class SignatureSection
{
    public static void Write(HtmlBuilder html, DocumentInfo info, string id)
    {
        if (info.Signatories.Count == 0)
        {
            return;
        }

        html.Open("section", ("aria-labelledby", id)).Line()
            .Element("h2", "Signed", ("id", id)).Line();
        if (PolicyMetadata.RatificationSentence(info) is { } sentence)
        {
            html.Element("p", sentence).Line();
        }

        html.Open("ul", ("class", "signatories")).Line();
        foreach (var signatory in info.Signatories)
        {
            html.Open("li")
                .Element("span", signatory.Role, ("class", "role"))
                .Element("span", signatory.Name, ("class", "name"));
            if (signatory.Date is { } date)
            {
                html.Open("span", ("class", "date")).Text("Signed on ").Date(date).Close("span");
            }

            html.Close("li").Line();
        }

        html.Close("ul").Line().Close("section").Line();
    }
}
