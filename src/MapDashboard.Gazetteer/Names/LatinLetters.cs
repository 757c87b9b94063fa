namespace MapDashboard.Gazetteer.Names;

/// <summary>
/// Latin letters that Unicode decomposition leaves alone but a news writer spells with plain ASCII:
/// "Øresund" is written "Oresund", "Łódź" "Lodz", "Straße" "Strasse".
/// </summary>
internal static class LatinLetters
{
    /// <summary>The lower-case ASCII spelling of <paramref name="c"/>, or null when it has none here.</summary>
    public static string? Replacement(char c) => c switch
    {
        'ø' or 'Ø' => "o",
        'æ' or 'Æ' => "ae",
        'œ' or 'Œ' => "oe",
        'ß' => "ss",
        'ł' or 'Ł' => "l",
        'đ' or 'Đ' or 'ð' or 'Ð' => "d",
        'þ' or 'Þ' => "th",
        'ı' => "i",
        'ħ' or 'Ħ' => "h",
        'ŋ' or 'Ŋ' => "n",
        'ə' or 'Ə' => "a",
        _ => null,
    };
}
