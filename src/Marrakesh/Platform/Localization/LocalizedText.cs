using System.Globalization;

namespace Marrakesh.Platform.Localization;

/// <summary>
/// A text held in the six official UN languages. English is always present; the others
/// are filled as translations arrive and fall back to English until then.
/// </summary>
public sealed class LocalizedText
{
    public string En { get; set; } = "";
    public string? Fr { get; set; }
    public string? Es { get; set; }
    public string? Ar { get; set; }
    public string? Zh { get; set; }
    public string? Ru { get; set; }

    public string In(CultureInfo culture) => In(culture.TwoLetterISOLanguageName);

    /// <summary>The text in a language, falling back to English where there is no translation yet.</summary>
    public string In(string language) => Exactly(language) ?? En;

    /// <summary>The text in a language, or null where there is no translation yet.</summary>
    public string? Exactly(string language) => Nullify(language switch
    {
        "en" => En,
        "fr" => Fr,
        "es" => Es,
        "ar" => Ar,
        "zh" => Zh,
        "ru" => Ru,
        _ => null,
    });

    public override string ToString() => En;

    public bool SameAs(LocalizedText other) =>
        En == other.En && Fr == other.Fr && Es == other.Es && Ar == other.Ar && Zh == other.Zh && Ru == other.Ru;

    public void CopyFrom(LocalizedText other)
    {
        (En, Fr, Es, Ar, Zh, Ru) = (other.En, other.Fr, other.Es, other.Ar, other.Zh, other.Ru);
    }

    /// <summary>The six languages as an API object; languages without a text are null.</summary>
    public LocalizedTextOutput ToOutput() => new(En, Nullify(Fr), Nullify(Es), Nullify(Ar), Nullify(Zh), Nullify(Ru));

    private static string? Nullify(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>A name or text in the six official UN languages (null where not yet translated).</summary>
public sealed record LocalizedTextOutput(string En, string? Fr, string? Es, string? Ar, string? Zh, string? Ru);
