namespace EventTimeline.Actors;

/// <summary>What a <see cref="NameToken"/> is.</summary>
internal enum NameTokenKind
{
    /// <summary>A word, initial or dotted abbreviation ("Lavrov", "V.", "U.S.", "3G").</summary>
    Word,

    /// <summary>A possessive ending ("'s" or a bare "'" after a plural).</summary>
    Possessive,

    /// <summary>Any other character that is not white space.</summary>
    Punctuation,
}

/// <summary>One token of a sentence for actor recognition, with its offset in the document text.</summary>
/// <param name="Start">Offset of the first character in the document text.</param>
/// <param name="Text">The token as written.</param>
/// <param name="Kind">What it is.</param>
/// <param name="HyphenBefore">True when a hyphen joins it to the previous token ("al-Assad", "U.S.-Russia").</param>
/// <param name="SentenceInitial">True when it opens the sentence or a quotation, where any word is capitalized.</param>
internal readonly record struct NameToken(int Start, string Text, NameTokenKind Kind, bool HyphenBefore, bool SentenceInitial)
{
    /// <summary>Offset one past the last character.</summary>
    public int End => Start + Text.Length;

    /// <summary>True for words.</summary>
    public bool IsWord => Kind == NameTokenKind.Word;

    /// <summary>True for a word that starts with a capital letter.</summary>
    public bool IsCapitalized => IsWord && char.IsUpper(Text[0]);

    /// <summary>True for a word that starts with a lower-case letter.</summary>
    public bool IsLower => IsWord && char.IsLower(Text[0]);

    /// <summary>True for a word of two or more letters, all capitals ("NATO", "U.S.").</summary>
    public bool IsAllCaps => IsWord && Text.Count(char.IsLetter) >= 2 && !Text.Any(char.IsLower);

    /// <summary>True for a word holding a digit ("3G", "A380", "787").</summary>
    public bool HasDigit => IsWord && Text.Any(char.IsDigit);

    /// <summary>True for an initial: one capital letter and a dot ("V.").</summary>
    public bool IsInitial => IsWord && Text.Length == 2 && char.IsUpper(Text[0]) && Text[1] == '.';

    /// <summary>True for a product-style word: one lower-case letter, then a capital ("iPhone", "eBay").</summary>
    public bool IsCamelProduct => IsWord && Text.Length >= 3 && char.IsLower(Text[0]) && char.IsUpper(Text[1]) && Text.Skip(2).Any(char.IsLower);

    /// <summary>The text used for lookups: the word, or a marker that matches nothing for punctuation.</summary>
    public string LookupText => Kind == NameTokenKind.Punctuation ? "\u0001" : Text;
}
