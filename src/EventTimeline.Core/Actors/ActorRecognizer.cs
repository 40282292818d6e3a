using System.Collections.Immutable;

using EventTimeline.Documents;
using EventTimeline.Text;

namespace EventTimeline.Actors;

/// <summary>Recognizes actors without a statistical model: gazetteer names, titles and roles before names, appositions, demonyms, honorifics, capitalized name sequences classified by cues, and product names.</summary>
/// <remarks>Immutable and thread-safe. A document is read twice: the first reading collects the person names it introduces in full, so that the second can accept their surnames alone, at the start of sentences and in headline-case lines.</remarks>
internal sealed partial class ActorRecognizer : IActorRecognizer
{
    private static readonly Lazy<ActorRecognizer> _default = new(() => new ActorRecognizer(Gazetteer.BuiltIn, ActorCues.BuiltIn), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly ImmutableHashSet<string> _determiners = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase, "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "both", "two", "three", "four", "several", "other", "another", "one");

    private static readonly ImmutableHashSet<string> _groupNouns = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase, "countries", "nations", "sides", "governments", "states", "powers", "militaries", "parties");

    private static readonly ImmutableHashSet<string> _connectors = ImmutableHashSet.Create(StringComparer.Ordinal, "of", "for", "and", "the", "de", "on", "&", "a");

    // English words that follow a name after a hyphen and are no syllable of it ("Saudi-led", "Kim-era").
    private static readonly ImmutableHashSet<string> EnglishHyphenSuffixes = ImmutableHashSet.Create(
        StringComparer.Ordinal, "led", "run", "old", "era", "age", "born", "held", "made", "type", "like", "wide", "up", "out", "on", "off", "based", "free", "ish", "esque");

    private static readonly ImmutableHashSet<string> _affiliationLinks = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "for", "of", "at", "with");

    private static readonly ImmutableHashSet<string> _postingLinks = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "to", "in");

    private static readonly ImmutableHashSet<string> _roleFollowers = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase, "who", "whom", "which", "that", "of", "for", "in", "at", "to", "from", "with", "and", "or", "has", "had", "have", "is", "was", "were", "are", "will", "would", "could", "can", "may", "might", "should", "also", "did", "does", "do", "not", "then", "there", "here",
        "on", "last", "this", "yesterday", "today", "earlier", "later", "overnight");

    private readonly Gazetteer _gazetteer;
    private readonly ActorCues _cues;
    private readonly NameTokenizer _tokenizer;
    private readonly PhraseIndex<Honorific> _honorifics;

    /// <summary>Creates a recognizer over a gazetteer and word lists.</summary>
    public ActorRecognizer(Gazetteer gazetteer, ActorCues cues)
    {
        _gazetteer = gazetteer;
        _cues = cues;
        var honorifics = new PhraseIndex<Honorific>.Builder();
        foreach (var honorific in gazetteer.Honorifics)
        {
            honorifics.Add(honorific.Form, honorific, CaseRule.NeedsCapital);
        }

        _honorifics = honorifics.Build();
        var abbreviations = gazetteer.Honorifics.Select(honorific => honorific.Form)
            .Concat(gazetteer.Titles.SelectMany(title => title.Forms))
            .Concat(cues.CompanySuffixes.Keys)
            .Concat(cues.NameSuffixes)
            .Concat(cues.PlaceFirstWords)
            .SelectMany(form => form.Split(' '))
            .Where(part => part.EndsWith('.') && part.Length > 1 && !part[..^1].Contains('.', StringComparison.Ordinal))
            .Concat(CalendarAbbreviations(cues));
        _tokenizer = new NameTokenizer(abbreviations);
    }

    // Month and weekday abbreviations ("Sept", "Tue"): the start of a longer calendar word. A full word ("May", "Monday")
    // never takes an abbreviation's dot, so "Theresa May." ends the sentence rather than naming "May.".
    private static IEnumerable<string> CalendarAbbreviations(ActorCues cues)
    {
        var words = cues.NonNames.Where(pair => pair.Value is "month" or "weekday").Select(pair => pair.Key.TrimEnd('.')).ToList();
        return words.Where(word => words.Any(other => other.Length > word.Length && other.StartsWith(word, StringComparison.Ordinal)));
    }

    /// <summary>The recognizer over the built-in gazetteer and word lists.</summary>
    public static ActorRecognizer Default => _default.Value;

    /// <inheritdoc />
    public ImmutableArray<ActorMention> Recognize(NewsDocument document, IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentences);
        var prepared = sentences
            .Select(sentence => new PreparedSentence(sentence, _tokenizer.Tokenize(sentence.Text, sentence.Start)))
            .Select(sentence => sentence with { Headline = IsHeadline(sentence.Tokens), Matches = new GazetteerMatches(_gazetteer, sentence.Tokens) })
            .ToList();
        var evidence = DocumentEvidence.Collect(prepared);
        var first = ScanAll(prepared, evidence, KnownNames.Empty);
        var known = KnownNames.From(first, _cues);
        return MentionLinker.Link(document.Text, ScanAll(prepared, evidence, known), _gazetteer);
    }

    private static int LetterCount(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Returns whether a line is written in headline case: no longer word after the first in lower case, or hardly any in a long line.</summary>
    private static bool IsHeadline(ImmutableArray<NameToken> tokens)
    {
        var words = tokens.Where(token => token.IsWord).Skip(1).Where(token => !token.HasDigit && LetterCount(token.Text) >= 4).ToList();
        if (words.Count < 3)
        {
            return false;
        }

        var lower = words.Count(token => char.IsLower(token.Text[0]));
        return lower == 0 || (words.Count >= 10 && lower * 10 <= words.Count);
    }

    private ImmutableArray<ActorMention> ScanAll(List<PreparedSentence> sentences, DocumentEvidence evidence, KnownNames known)
    {
        var mentions = new List<ActorMention>();
        foreach (var sentence in sentences)
        {
            var scanner = new SentenceScanner(this, sentence, evidence, known);
            mentions.AddRange(scanner.Scan());
        }

        return [.. mentions.OrderBy(mention => mention.Start).ThenBy(mention => mention.Length)];
    }

    /// <summary>One sentence's tokens, whether it is a headline-case line, and the gazetteer's matches in it.</summary>
    private sealed record PreparedSentence(Sentence Sentence, ImmutableArray<NameToken> Tokens)
    {
        public bool Headline { get; init; }

        public GazetteerMatches Matches { get; init; } = null!;

        /// <summary>The text from the start of token <paramref name="first"/> to the end of token <paramref name="last"/>, white space collapsed.</summary>
        public string Span(int first, int last)
        {
            return WhiteSpace.Collapse(Sentence.Text[(Tokens[first].Start - Sentence.Start)..(Tokens[last].End - Sentence.Start)]);
        }
    }

    /// <summary>The longest actor and title names starting at each token, looked up once: both readings of a document and every chain that reaches a token share them.</summary>
    /// <remarks>Belongs to one document being recognized, so to one thread.</remarks>
    private sealed class GazetteerMatches
    {
        private readonly Gazetteer _gazetteer;
        private readonly string[] _words;
        private readonly Lookup<KnownActor> _actors;
        private readonly Lookup<PersonTitle> _titles;

        public GazetteerMatches(Gazetteer gazetteer, ImmutableArray<NameToken> tokens)
        {
            _gazetteer = gazetteer;
            _words = [.. tokens.Select(token => token.LookupText)];
            _actors = new Lookup<KnownActor>(_words.Length, start => _gazetteer.LongestActorMatch(_words, start));
            _titles = new Lookup<PersonTitle>(_words.Length, start => _gazetteer.LongestTitleMatch(_words, start));
        }

        /// <summary>The longest actor name starting at token <paramref name="start"/>, or null.</summary>
        public PhraseMatch<KnownActor>? ActorAt(int start) => _actors.Get(start);

        /// <summary>The longest title starting at token <paramref name="start"/>, or null.</summary>
        public PhraseMatch<PersonTitle>? TitleAt(int start) => _titles.Get(start);

        // Each start is looked up once; the finder is made once per sentence, not per call.
        private sealed class Lookup<T>(int count, Func<int, PhraseMatch<T>?> find)
        {
            private readonly PhraseMatch<T>?[] _found = new PhraseMatch<T>?[count];
            private readonly bool[] _known = new bool[count];

            public PhraseMatch<T>? Get(int start)
            {
                if (start < 0 || start >= _found.Length)
                {
                    return find(start);
                }

                if (!_known[start])
                {
                    _found[start] = find(start);
                    _known[start] = true;
                }

                return _found[start];
            }
        }
    }

    /// <summary>What a document shows about its words: which appear in lower case, and which capitalized inside sentences.</summary>
    private sealed record DocumentEvidence(ImmutableHashSet<string> LowerWords, ImmutableHashSet<string> CapitalizedInside)
    {
        public static DocumentEvidence Collect(List<PreparedSentence> sentences)
        {
            var lower = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            var inside = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            foreach (var sentence in sentences)
            {
                foreach (var token in sentence.Tokens)
                {
                    if (token.IsLower)
                    {
                        lower.Add(token.Text);
                    }
                    else if (token.IsCapitalized && !token.SentenceInitial && !sentence.Headline)
                    {
                        inside.Add(token.Text);
                    }
                }
            }

            return new DocumentEvidence(lower.ToImmutable(), inside.ToImmutable());
        }

        /// <summary>Whether a capitalized word opening a sentence is used as a name in this document.</summary>
        public bool NameLike(string word) => CapitalizedInside.Contains(word) && !LowerWords.Contains(word.ToLowerInvariant());

        /// <summary>Whether the word is used in lower case somewhere in this document.</summary>
        public bool SeenLower(string word) => LowerWords.Contains(word.ToLowerInvariant());
    }

    /// <summary>Person and organization names a first reading of the document found.</summary>
    private sealed record KnownNames(ImmutableHashSet<string> Persons, ImmutableHashSet<string> Surnames, ImmutableHashSet<string> Others)
    {
        public static KnownNames Empty { get; } = new([], [], []);

        public static KnownNames From(ImmutableArray<ActorMention> mentions, ActorCues cues)
        {
            var persons = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            var surnames = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            var others = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            foreach (var mention in mentions.Where(mention => !mention.RoleOnly))
            {
                if (mention.Kind == ActorKind.Person && !mention.Tentative)
                {
                    persons.Add(mention.Name);
                    var parts = mention.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    var last = parts.LastOrDefault(part => !cues.NameSuffixes.Contains(part));
                    if (parts.Length >= 2 && last is not null)
                    {
                        surnames.Add(last);
                        var dash = last.LastIndexOf('-');
                        if (dash > 0 && cues.Particles.Contains(last[..dash]))
                        {
                            surnames.Add(last[(dash + 1)..]);
                        }
                    }
                }
                else if (mention.Kind is ActorKind.Organization or ActorKind.Company or ActorKind.Place or ActorKind.Product && !mention.Tentative)
                {
                    others.Add(mention.Name);
                }
            }

            return new KnownNames(persons.ToImmutable(), surnames.ToImmutable(), others.ToImmutable());
        }

        public bool IsPerson(string name) => Persons.Contains(name) || Surnames.Contains(name);
    }
}
