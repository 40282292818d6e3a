using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

using Newtonsoft.Json;

namespace EventTimeline.Time.Native;

/// <summary>A rule ready to run: its compiled pattern, negative contexts and parsed value template.</summary>
internal sealed record CompiledRule(
    string Name,
    Regex Pattern,
    TimexType? Type,
    ValueTemplate? Value,
    int Priority,
    Regex? NotBefore,
    Regex? NotAfter,
    bool HasTimexGroup)
{
    /// <summary>The words the pattern cannot match without, to skip a text that lacks them.</summary>
    public RequiredLiterals Literals { get; } = RequiredLiterals.Of(Pattern.ToString());
}

/// <summary>
/// The native engine's rules compiled from their data files: fragments.json (named pattern fragments and normalization
/// tables) and rules-*.json (rules). Built once, immutable, thread-safe; every error names the file and the rule.
/// </summary>
internal sealed partial class NativeRuleSet
{
    private const string ResourcePrefix = "time/native/";
    private const int ContextWindow = 48;

    private static readonly Lazy<NativeRuleSet> DefaultInstance = new(LoadEmbedded);

    private static readonly JsonSerializerSettings Strict = new()
    {
        MissingMemberHandling = MissingMemberHandling.Error,
    };

    private static readonly string[] RequiredTables = ["number", "ordinal", "unit", "holiday"];

    private NativeRuleSet(IReadOnlyList<CompiledRule> rules, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> tables)
    {
        Rules = rules;
        Tables = tables;
    }

    /// <summary>The rules shipped with the library.</summary>
    public static NativeRuleSet Default => DefaultInstance.Value;

    public IReadOnlyList<CompiledRule> Rules { get; }

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Tables { get; }

    /// <summary>Compiles a fragment file and rule files given as (name, JSON text); throws <see cref="NativeRuleException"/> on the first problem.</summary>
    public static NativeRuleSet Load(string fragmentFileName, string fragmentJson, IEnumerable<(string Name, string Json)> ruleFiles)
    {
        var fragmentFile = Deserialize<FragmentFileModel>(fragmentFileName, fragmentJson);
        if (fragmentFile.Fragments is null || fragmentFile.Tables is null)
        {
            throw new NativeRuleException($"{fragmentFileName}: needs both \"fragments\" and \"tables\"");
        }

        var tables = fragmentFile.Tables.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyDictionary<string, string>)pair.Value.ToDictionary(entry => TemplateScope.TableKey(entry.Key), entry => entry.Value, StringComparer.Ordinal),
            StringComparer.Ordinal);
        foreach (var required in RequiredTables.Where(name => !tables.ContainsKey(name)))
        {
            throw new NativeRuleException($"{fragmentFileName}: the table \"{required}\" is missing");
        }

        foreach (var name in tables.Keys.Where(TemplateFunctions.Builtins.ContainsKey))
        {
            throw new NativeRuleException($"{fragmentFileName}: the table \"{name}\" has the name of a built-in function");
        }

        var expander = new FragmentExpander(fragmentFileName, fragmentFile.Fragments, tables);
        var rules = new List<CompiledRule>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (fileName, json) in ruleFiles)
        {
            var file = Deserialize<RuleFileModel>(fileName, json);
            if (file.Rules is null)
            {
                throw new NativeRuleException($"{fileName}: \"rules\" is missing");
            }

            foreach (var rule in file.Rules)
            {
                var compiled = Compile(fileName, rule, expander, tables);
                if (!names.Add(compiled.Name))
                {
                    throw new NativeRuleException($"{fileName}: rule \"{compiled.Name}\" is defined twice");
                }

                rules.Add(compiled);
            }
        }

        return new NativeRuleSet(rules, tables);
    }

    private static NativeRuleSet LoadEmbedded()
    {
        var assembly = typeof(NativeRuleSet).Assembly;
        var resources = assembly.GetManifestResourceNames()
            .Select(name => (Resource: name, Relative: Relative(name)))
            .Where(entry => entry.Relative is not null)
            .OrderBy(entry => entry.Relative, StringComparer.Ordinal)
            .ToList();
        var fragments = resources.FirstOrDefault(entry => entry.Relative == "fragments.json");
        if (fragments.Relative is null)
        {
            throw new NativeRuleException($"embedded resource {ResourcePrefix}fragments.json is missing");
        }

        var rules = resources.Where(entry => entry.Relative!.StartsWith("rules-", StringComparison.Ordinal) && entry.Relative.EndsWith(".json", StringComparison.Ordinal))
            .Select(entry => (entry.Relative!, Read(assembly, entry.Resource)))
            .ToList();
        return Load("fragments.json", Read(assembly, fragments.Resource), rules);
    }

    private static string? Relative(string resource)
    {
        var normalized = resource.Replace('\\', '/');
        var index = normalized.IndexOf(ResourcePrefix, StringComparison.Ordinal);
        return index < 0 ? null : normalized[(index + ResourcePrefix.Length)..];
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static T Deserialize<T>(string fileName, string json)
        where T : class
    {
        try
        {
            return JsonConvert.DeserializeObject<T>(json, Strict)
                ?? throw new NativeRuleException($"{fileName}: the file is empty");
        }
        catch (JsonException e)
        {
            throw new NativeRuleException($"{fileName}: {e.Message}", e);
        }
    }

    private static CompiledRule Compile(string fileName, RuleModel rule, FragmentExpander expander, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> tables)
    {
        var where = $"{fileName}: rule \"{rule.Name}\"";
        if (string.IsNullOrWhiteSpace(rule.Name))
        {
            throw new NativeRuleException($"{fileName}: a rule has no name");
        }

        if (string.IsNullOrWhiteSpace(rule.Pattern))
        {
            throw new NativeRuleException($"{where}: \"pattern\" is missing");
        }

        TimexType? type = rule.Type switch
        {
            "DATE" => TimexType.Date,
            "TIME" => TimexType.Time,
            "DURATION" => TimexType.Duration,
            "SET" => TimexType.Set,
            "NONE" => null,
            _ => throw new NativeRuleException($"{where}: type \"{rule.Type}\" is not DATE, TIME, DURATION, SET or NONE"),
        };

        var options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled
            | (rule.CaseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase);
        var body = expander.Expand(rule.Pattern, where);
        var pattern = NewRegex($@"(?<![\p{{L}}\p{{N}}])(?:{body})(?![\p{{L}}\p{{N}}])", options, where, "pattern");
        var notBefore = rule.NotBefore is null ? null : NewRegex($@"(?:{expander.Expand(rule.NotBefore, where)})\s*$", options, where, "notBefore");
        var notAfter = rule.NotAfter is null ? null : NewRegex($@"^\s*(?:{expander.Expand(rule.NotAfter, where)})", options, where, "notAfter");

        ValueTemplate? template = null;
        if (type is not null)
        {
            if (string.IsNullOrWhiteSpace(rule.Value))
            {
                throw new NativeRuleException($"{where}: \"value\" is missing");
            }

            try
            {
                template = ValueTemplate.Parse(rule.Value);
            }
            catch (FormatException e)
            {
                throw new NativeRuleException($"{where}: value \"{rule.Value}\": {e.Message}", e);
            }

            Validate(template, pattern, tables, where);
        }

        return new CompiledRule(rule.Name, pattern, type, template, rule.Priority, notBefore, notAfter, pattern.GroupNumberFromName("timex") >= 0);
    }

    private static Regex NewRegex(string pattern, RegexOptions options, string where, string field)
    {
        try
        {
            return BoundedRegex.Create(pattern, options);
        }
        catch (ArgumentException e)
        {
            throw new NativeRuleException($"{where}: {field} is not a valid regular expression: {e.Message}", e);
        }
    }

    private static void Validate(ValueTemplate template, Regex pattern, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> tables, string where)
    {
        foreach (var node in template.Nodes())
        {
            switch (node)
            {
                case TemplateGroup group when pattern.GroupNumberFromName(group.Name) < 0:
                    throw new NativeRuleException($"{where}: value \"{template.Source}\" uses ${group.Name}, which the pattern does not define");
                case TemplateCall call when TemplateFunctions.Builtins.TryGetValue(call.Function, out var builtin):
                    if (call.Arguments.Count < builtin.MinArguments || call.Arguments.Count > builtin.MaxArguments)
                    {
                        throw new NativeRuleException(
                            $"{where}: value \"{template.Source}\": {call.Function} takes {builtin.MinArguments}–{builtin.MaxArguments} arguments, not {call.Arguments.Count}");
                    }

                    break;
                case TemplateCall call when tables.ContainsKey(call.Function):
                    if (call.Arguments.Count != 1)
                    {
                        throw new NativeRuleException($"{where}: value \"{template.Source}\": table {call.Function} takes one argument");
                    }

                    break;
                case TemplateCall call:
                    throw new NativeRuleException($"{where}: value \"{template.Source}\": \"{call.Function}\" is neither a built-in function nor a table");
                default:
                    break;
            }
        }
    }

    /// <summary>Expands <c>%{name}</c> references to fragments, recursively, with cycle detection.</summary>
    private sealed partial class FragmentExpander
    {
        private readonly string _fileName;
        private readonly IReadOnlyDictionary<string, FragmentModel> _fragments;
        private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _tables;
        private readonly Dictionary<string, string> _expanded = new(StringComparer.Ordinal);

        public FragmentExpander(string fileName, IReadOnlyDictionary<string, FragmentModel> fragments, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> tables)
        {
            _fileName = fileName;
            _fragments = fragments;
            _tables = tables;
            foreach (var name in fragments.Keys)
            {
                Fragment(name, [], $"{fileName}: fragment \"{name}\"");
            }
        }

        public string Expand(string pattern, string where) => Expand(pattern, [], where);

        private string Expand(string pattern, HashSet<string> active, string where) =>
            Reference().Replace(pattern, match => Fragment(match.Groups["name"].Value, active, where));

        private string Fragment(string name, HashSet<string> active, string where)
        {
            if (_expanded.TryGetValue(name, out var done))
            {
                return done;
            }

            if (!_fragments.TryGetValue(name, out var fragment))
            {
                throw new NativeRuleException($"{where}: unknown fragment %{{{name}}}");
            }

            if (!active.Add(name))
            {
                throw new NativeRuleException($"{_fileName}: fragment \"{name}\" refers to itself");
            }

            string body;
            if (fragment.Table is { } tableName)
            {
                if (!_tables.TryGetValue(tableName, out var table))
                {
                    throw new NativeRuleException($"{_fileName}: fragment \"{name}\" names the unknown table \"{tableName}\"");
                }

                body = string.Join('|', table.Keys
                    .OrderByDescending(key => key.Length)
                    .ThenBy(key => key, StringComparer.Ordinal)
                    .Select(key => Regex.Escape(key).Replace("\\ ", "\\s+", StringComparison.Ordinal).Replace("'", "['’]", StringComparison.Ordinal)));
            }
            else if (fragment.Pattern is { } pattern)
            {
                body = Expand(pattern, active, $"{_fileName}: fragment \"{name}\"");
            }
            else
            {
                throw new NativeRuleException($"{_fileName}: fragment \"{name}\" has neither \"pattern\" nor \"table\"");
            }

            active.Remove(name);
            var result = "(?:" + body + ")";
            try
            {
                _ = BoundedRegex.Create(result, RegexOptions.ExplicitCapture);
            }
            catch (ArgumentException e)
            {
                throw new NativeRuleException($"{_fileName}: fragment \"{name}\" is not a valid regular expression: {e.Message}", e);
            }

            _expanded[name] = result;
            return result;
        }

        [GeneratedRegex(@"%\{(?<name>[A-Za-z][A-Za-z0-9_]*)\}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
        private static partial Regex Reference();
    }
}
