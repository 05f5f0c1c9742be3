using PolicyKit.Model.Blocks;
using PolicyKit.Model.Inlines;

namespace PolicyKit.Tests.Model;

public sealed class NodeTreeTests
{
    [Fact]
    public void A_body_walks_depth_first_in_document_order_with_each_item_before_its_blocks()
    {
        var body = new Block[]
        {
            Text("intro"),
            new ListBlock
            {
                Kind = ListKind.Clauses,
                Attributes = NodeAttributes.WithId("clauses"),
                Items =
                [
                    Item("first", Text("first text"), new Quote { Blocks = [Text("quoted")], Attributes = NodeAttributes.WithId("quote") }),
                    Item("second", Text("second text"), new ListBlock { Kind = ListKind.Bullets, Attributes = NodeAttributes.WithId("bullets"), Items = [Item("bullet", Text("bullet text"))] }),
                ],
            },
            Text("outro"),
        };

        Assert.Equal(
            ["intro", "clauses", "first", "first text", "quote", "quoted", "second", "second text", "bullets", "bullet", "bullet text", "outro"],
            body.Descendants().Select(node => node.Id));
    }

    [Fact]
    public void A_node_s_descendants_leave_out_the_node_itself_and_what_follows_it()
    {
        var inner = Item("inner", Text("inner text"));
        var list = new ListBlock { Kind = ListKind.Bullets, Items = [inner, Item("next")] };

        Assert.Equal(["inner text"], inner.Descendants().Select(node => node.Id));
        Assert.Equal(["inner", "inner text", "next"], list.Descendants().Select(node => node.Id));
    }

    [Fact]
    public void Inlines_of_a_body_include_table_cells_and_text_nested_in_links_and_emphasis()
    {
        var body = new Block[]
        {
            new Heading { Level = 1, Content = [new TextRun("heading")] },
            new ListBlock
            {
                Kind = ListKind.Clauses,
                Items = [new ListItem { Blocks = [new Paragraph { Content = [new Strong([new Link("#a", [new Emphasis([new TextRun("deep")])])]), new TextRun("after")] }] }],
            },
            new Table
            {
                HeaderRows = [new TableRow([new TableCell([new TextRun("head")])])],
                BodyRows = [new TableRow([new TableCell([new Code("cell")]), new TableCell([new Link("#b", [new TextRun("linked")])])])],
            },
        };

        Assert.Equal(
            ["heading", "Strong", "Link #a", "Emphasis", "deep", "after", "head", "cell", "Link #b", "linked"],
            body.Inlines().Select(Describe));
    }

    private static Paragraph Text(string id) => new() { Content = [new TextRun(id)], Attributes = NodeAttributes.WithId(id) };

    private static ListItem Item(string id, params Block[] blocks) => new() { Blocks = blocks, Attributes = NodeAttributes.WithId(id) };

    private static string Describe(Inline inline) => inline switch
    {
        TextRun text => text.Text,
        Code code => code.Text,
        Link link => "Link " + link.Target,
        _ => inline.GetType().Name,
    };
}
