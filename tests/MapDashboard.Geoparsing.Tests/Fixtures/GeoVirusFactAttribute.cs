namespace MapDashboard.Geoparsing.Tests.Fixtures;

/// <summary>
/// A fact that needs the GeoVirus development set at <c>../shared/eval/GeoVirus.xml</c> (never copied into
/// the repository): skipped with the reason when the file is absent on a developer's machine; run (and
/// failing for the missing file) when <c>CI=true</c>.
/// </summary>
public sealed class GeoVirusFactAttribute : FactAttribute
{
    private const string FileName = "GeoVirus.xml";
    private const string Variable = "GEOVIRUS_XML";

    public GeoVirusFactAttribute() => Skip = EvaluationCorpus.SkipReason(FileName, Variable);

    /// <summary>The corpus path: env GEOVIRUS_XML, else ../shared/eval/GeoVirus.xml next to the repository, else null.</summary>
    public static string? GeoVirusPath => EvaluationCorpus.Find(FileName, Variable);
}
