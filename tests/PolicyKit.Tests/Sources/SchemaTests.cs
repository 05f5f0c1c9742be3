using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PolicyKit.Model.Diagnostics;
using PolicyKit.Tests.Support;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace PolicyKit.Tests.Sources;

/// <summary>
/// Keeps docs/schemas honest against the loaders: every schema is well-formed, every key the example trust uses is in
/// its schema, and every property a schema offers is a key the loader accepts (no PK0102), while a key outside the
/// schema is still rejected.
/// </summary>
public sealed class SchemaTests : IDisposable
{
    private const string Trust = "trust";
    private const string School = "school";
    private const string Policy = "policy-front-matter";
    private const string Override = "override";

    /// <summary>A key in no schema; the loaders must reject it everywhere.</summary>
    private const string StrayKey = "colour-scheme";

    private readonly TrustFixture _trust = new();

    public static TheoryData<string> SchemaNames => new() { Trust, School, Policy, Override };

    public void Dispose() => _trust.Dispose();

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void Each_schema_is_draft_2020_12_json_with_a_title_and_a_description_on_every_property(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SchemaPath(name)));
        var schema = Schema(name);

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        Assert.False(schema.ContainsKey("$id"), "the schemas are used by relative path, so they carry no $id");
        Assert.False(string.IsNullOrWhiteSpace((string?)schema["title"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)schema["description"]));
        var undescribed = PropertiesOf(schema)
            .Where(p => string.IsNullOrWhiteSpace((string?)p.Schema["description"]))
            .Select(p => p.Path)
            .ToList();
        Assert.True(undescribed.Count == 0, $"{name}.schema.json: properties without a description: {string.Join(", ", undescribed)}");

        // The loaders reject unknown keys in every fixed set of keys, so every schema object with properties is closed.
        var open = ObjectsWithProperties(schema)
            .Where(o => o.Schema["additionalProperties"] is not JsonValue closed || closed.GetValueKind() != JsonValueKind.False)
            .Select(o => o.Path)
            .ToList();
        Assert.True(open.Count == 0, $"{name}.schema.json: objects without 'additionalProperties: false': {string.Join(", ", open)}");
    }

    [Fact]
    public void The_school_schema_shares_the_trust_schema_definitions_of_branding_roles_and_settings()
    {
        var trust = Schema(Trust)["$defs"]!.AsObject();
        var school = Schema(School)["$defs"]!.AsObject();
        foreach (var (name, definition) in trust)
        {
            Assert.True(JsonNode.DeepEquals(definition, school[name]), $"$defs/{name} differs between trust.schema.json and school.schema.json");
        }
    }

    [Fact]
    public void Every_key_in_the_example_trust_is_in_its_schema() =>
        AssertKeysInSchema(Trust, Path.Combine(RepositoryPaths.Policies, "trust.yaml"));

    [Fact]
    public void Every_key_in_the_example_schools_is_in_their_schema() =>
        AssertKeysInSchema(School, Directory.GetFiles(Path.Combine(RepositoryPaths.Policies, "schools"), "school.yaml", SearchOption.AllDirectories));

    [Fact]
    public void Every_key_in_the_example_policies_front_matter_is_in_its_schema() =>
        AssertKeysInSchema(Policy, Directory.GetFiles(RepositoryPaths.Policies, "*.md"));

    [Fact]
    public void Every_key_in_the_example_overrides_is_in_their_schema() =>
        AssertKeysInSchema(Override, Directory.GetFiles(Path.Combine(RepositoryPaths.Policies, "schools"), "*.yaml", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "overrides")
            .ToArray());

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void Every_property_in_a_schema_is_a_key_the_loader_accepts(string name)
    {
        var sample = Sample(name);
        var (_, diagnostics) = WriteAndCompile(name, sample, extraKey: false);
        AssertRead(diagnostics, name);
        var unknown = diagnostics.Where(d => d.Code == DiagnosticCodes.UnknownKey).Select(d => d.ToString()).ToList();
        Assert.True(unknown.Count == 0, $"the loader rejects keys that {name}.schema.json offers:\n{string.Join('\n', unknown)}\n\nfile:\n{ToYaml(sample)}");
    }

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void A_key_outside_the_schema_is_an_unknown_key_to_the_loader(string name)
    {
        Assert.False(Schema(name)["properties"]!.AsObject().ContainsKey(StrayKey));
        var (path, diagnostics) = WriteAndCompile(name, Sample(name), extraKey: true);
        AssertRead(diagnostics, name);
        var unknown = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.UnknownKey);
        Assert.Equal(path, unknown.Span.File);
        Assert.Contains($"unknown key '{StrayKey}'", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_vscode_settings_map_each_yaml_schema_to_its_files()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".vscode", "settings.json")))!;
        var mapped = settings["yaml.schemas"]!.AsObject();
        foreach (var name in new[] { Trust, School, Override })
        {
            Assert.True(mapped.ContainsKey($"./docs/schemas/{name}.schema.json"), $"{name}.schema.json is not in .vscode/settings.json");
        }

        foreach (var (schema, _) in mapped)
        {
            Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, schema)), $".vscode/settings.json names a missing schema {schema}");
        }
    }

    // ---- example files against schemas ----

    private static void AssertKeysInSchema(string name, params string[] files)
    {
        Assert.NotEmpty(files);
        var root = Schema(name);
        var problems = new List<string>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var yaml = file.EndsWith(".md", StringComparison.Ordinal) ? FrontMatterOf(text) : text;
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            var relative = Path.GetRelativePath(RepositoryPaths.Root, file);
            CheckKeys(root, root, stream.Documents[0].RootNode, $"{relative}: ", problems);
        }

        Assert.True(problems.Count == 0, $"keys missing from {name}.schema.json:\n{string.Join('\n', problems)}");
    }

    /// <summary>The YAML between the first two '---' lines.</summary>
    private static string FrontMatterOf(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var fences = lines.Select((line, index) => (line, index)).Where(l => l.line.TrimEnd() == "---").Take(2).ToList();
        Assert.True(fences.Count == 2 && fences[0].index == 0, "a policy starts with front matter between two '---' lines");
        return string.Join('\n', lines[1..fences[1].index]);
    }

    private static void CheckKeys(JsonObject root, JsonObject schema, YamlNode node, string path, List<string> problems)
    {
        var branches = Branches(root, schema).ToList();
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (keyNode, value) in mapping.Children)
                {
                    var key = ((YamlScalarNode)keyNode).Value!;
                    if (branches.Select(b => b["properties"]?[key]).OfType<JsonObject>().FirstOrDefault() is { } property)
                    {
                        CheckKeys(root, property, value, $"{path}{key}.", problems);
                    }
                    else if (branches.FirstOrDefault(b => AllowsFreeKey(b, key)) is { } free)
                    {
                        CheckKeys(root, free["additionalProperties"]!.AsObject(), value, $"{path}{key}.", problems);
                    }
                    else
                    {
                        problems.Add($"{path}{key} (line {keyNode.Start.Line})");
                    }
                }

                break;
            case YamlSequenceNode sequence when branches.Select(b => b["items"]).OfType<JsonObject>().FirstOrDefault() is { } items:
                foreach (var (item, index) in sequence.Children.Select((item, index) => (item, index)))
                {
                    CheckKeys(root, items, item, $"{path}{index}.", problems);
                }

                break;
        }
    }

    /// <summary>Roles and settings: any key matching propertyNames, its value described by additionalProperties.</summary>
    private static bool AllowsFreeKey(JsonObject schema, string key) =>
        schema["additionalProperties"] is JsonObject &&
        (schema["propertyNames"]?["pattern"] is not { } pattern || Regex.IsMatch(key, (string)pattern!));

    /// <summary>A schema and everything it stands for: its $ref, and the branches of allOf, anyOf, oneOf, then and else.</summary>
    private static IEnumerable<JsonObject> Branches(JsonObject root, JsonObject schema)
    {
        yield return schema;
        if (schema["$ref"] is { } reference)
        {
            foreach (var branch in Branches(root, Resolve(root, (string)reference!)))
            {
                yield return branch;
            }
        }

        foreach (var keyword in new[] { "allOf", "anyOf", "oneOf" })
        {
            foreach (var item in schema[keyword]?.AsArray().OfType<JsonObject>() ?? [])
            {
                foreach (var branch in Branches(root, item))
                {
                    yield return branch;
                }
            }
        }

        foreach (var keyword in new[] { "then", "else" })
        {
            if (schema[keyword] is JsonObject conditional)
            {
                foreach (var branch in Branches(root, conditional))
                {
                    yield return branch;
                }
            }
        }
    }

    private static JsonObject Resolve(JsonObject root, string reference)
    {
        Assert.StartsWith("#/", reference);
        JsonNode node = root;
        foreach (var part in reference[2..].Split('/'))
        {
            node = node[part] ?? throw new InvalidOperationException($"$ref '{reference}' points at nothing");
        }

        return node.AsObject();
    }

    // ---- schema properties against the loaders ----

    /// <summary>A file holding every property of the schema (nested ones too), each with its first example.</summary>
    private static JsonObject Sample(string name)
    {
        var root = Schema(name);
        return SampleOf(root, root, name).AsObject();
    }

    private static JsonNode SampleOf(JsonObject root, JsonObject schema, string path)
    {
        if (schema["enum"] is JsonArray choices)
        {
            return choices[0]!.DeepClone();
        }

        if (schema["examples"] is JsonArray examples)
        {
            return examples[0]!.DeepClone();
        }

        if (schema["$ref"] is { } reference)
        {
            return SampleOf(root, Resolve(root, (string)reference!), path);
        }

        if (schema["properties"] is JsonObject)
        {
            return SampleObject(root, schema, Variants(schema)[0], path);
        }

        if (schema["additionalProperties"] is JsonObject value)
        {
            return new JsonObject { ["sample-key"] = SampleOf(root, value, $"{path}.sample-key") };
        }

        if (schema["items"] is JsonObject items)
        {
            // One entry per variant, so each of replace, remove, add-before and add-after is tried.
            return new JsonArray(Variants(items).Select(keys => (JsonNode?)SampleObject(root, items, keys, $"{path}[]")).ToArray());
        }

        if ((schema["oneOf"] ?? schema["anyOf"]) is JsonArray alternatives)
        {
            // The richest alternative: a role holder written out in full rather than as a bare name.
            var best = alternatives.OfType<JsonObject>().OrderByDescending(a => a["properties"]?.AsObject().Count ?? 0).First();
            return SampleOf(root, best, path);
        }

        throw new InvalidOperationException($"{path}: give this property an example so a sample file can be written");
    }

    private static JsonNode SampleObject(JsonObject root, JsonObject schema, IReadOnlyCollection<string>? keys, string path)
    {
        if (schema["properties"] is not JsonObject properties)
        {
            return SampleOf(root, schema, path);
        }

        var sample = new JsonObject();
        foreach (var (key, property) in properties)
        {
            if (keys is null || keys.Contains(key))
            {
                sample[key] = SampleOf(root, property!.AsObject(), $"{path}.{key}");
            }
        }

        return sample;
    }

    /// <summary>
    /// The sets of keys an object may hold together: for a oneOf of 'required' alternatives (an override's change), one set
    /// per alternative, leaving out keys the if/then forbids (no 'with' under 'remove'); otherwise a single set of all keys.
    /// </summary>
    private static List<IReadOnlyCollection<string>?> Variants(JsonObject schema)
    {
        if (schema["properties"] is not JsonObject properties ||
            schema["oneOf"] is not JsonArray alternatives ||
            !alternatives.All(a => a is JsonObject { Count: 1 } o && o.ContainsKey("required")))
        {
            return [null];
        }

        var required = alternatives.Select(a => a!["required"]!.AsArray().Select(k => (string)k!).ToHashSet()).ToList();
        var ifRequired = schema["if"]?["required"]?.AsArray().Select(k => (string)k!).ToList() ?? [];
        var forbidden = schema["then"]?["not"]?["required"]?.AsArray().Select(k => (string)k!).ToList() ?? [];
        return required
            .Select(own => (IReadOnlyCollection<string>?)properties
                .Select(p => p.Key)
                .Where(k => own.Contains(k) || !required.Any(r => r.Contains(k)))
                .Where(k => ifRequired.Count == 0 || !ifRequired.All(own.Contains) || !forbidden.Contains(k))
                .ToList())
            .ToList();
    }

    private (string Path, DiagnosticBag Diagnostics) WriteAndCompile(string name, JsonObject sample, bool extraKey)
    {
        if (extraKey)
        {
            sample[StrayKey] = "blue";
        }

        var yaml = ToYaml(sample);
        var path = name switch
        {
            Trust => _trust.Write("trust.yaml", yaml),
            School => _trust.Write($"schools/{(string?)sample["id"]}/school.yaml", yaml),
            Policy => _trust.Write($"{(string?)sample["id"]}.md", $"---\n{yaml}---\n# Purpose {{#purpose}}\n\n1. Everyone follows this policy. {{#everyone}}"),
            Override => _trust.Write("schools/alder/overrides/passwords.yaml", yaml),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        return (path, _trust.Compile().Diagnostics);
    }

    /// <summary>The sample file must have been read; a YAML syntax error would make "no unknown keys" pass for nothing.</summary>
    private static void AssertRead(DiagnosticBag diagnostics, string name) =>
        Assert.DoesNotContain(
            diagnostics,
            d => (d.Code is DiagnosticCodes.YamlSyntax or DiagnosticCodes.MissingFrontMatter) && d.Span.File.Contains(FileNameFor(name), StringComparison.Ordinal));

    private static string FileNameFor(string name) => name switch
    {
        Trust => "trust.yaml",
        School => "school.yaml",
        Policy => ".md",
        _ => "overrides",
    };

    private static string ToYaml(JsonObject sample) =>
        new SerializerBuilder().WithQuotingNecessaryStrings().Build().Serialize(Plain(sample));

    private static object? Plain(JsonNode? node) => node switch
    {
        JsonObject o => o.ToDictionary(p => p.Key, p => Plain(p.Value)),
        JsonArray a => a.Select(Plain).ToList(),
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.Number => v.GetValue<long>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        },
        _ => null,
    };

    // ---- reading the schemas ----

    private static string SchemaPath(string name) => Path.Combine(RepositoryPaths.Root, "docs", "schemas", $"{name}.schema.json");

    private static JsonObject Schema(string name) => JsonNode.Parse(File.ReadAllText(SchemaPath(name)))!.AsObject();

    /// <summary>Every entry of every 'properties' in the schema, at any depth, with a readable path.</summary>
    private static IEnumerable<(string Path, JsonObject Schema)> PropertiesOf(JsonNode? node, string path = "") =>
        ObjectsWithProperties(node, path).SelectMany(o => o.Schema["properties"]!.AsObject().Select(p => ($"{o.Path}/properties/{p.Key}", p.Value!.AsObject())));

    /// <summary>Every object schema with 'properties', at any depth, leaving out 'if' (it holds conditions, not keys an author writes).</summary>
    private static IEnumerable<(string Path, JsonObject Schema)> ObjectsWithProperties(JsonNode? node, string path = "")
    {
        switch (node)
        {
            case JsonObject o:
                if (o["properties"] is JsonObject)
                {
                    yield return (path.Length == 0 ? "#" : path, o);
                }

                foreach (var (key, value) in o.Where(p => p.Key != "if"))
                {
                    foreach (var inner in ObjectsWithProperties(value, $"{path}/{key}"))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray a:
                foreach (var (item, index) in a.Select((item, index) => (item, index)))
                {
                    foreach (var inner in ObjectsWithProperties(item, $"{path}/{index}"))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }
}
