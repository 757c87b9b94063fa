namespace MapDashboard.Geoparsing.Tests.Fixtures;

/// <summary>
/// A fact that needs the LGL development set at <c>../shared/eval/LGL-dev.xml</c> (never copied into the
/// repository): skipped with the reason when the file is absent on a developer's machine; run (and failing for
/// the missing file) when <c>CI=true</c>.
/// </summary>
public sealed class LglFactAttribute : FactAttribute
{
    private const string FileName = "LGL-dev.xml";
    private const string Variable = "LGL_XML";

    public LglFactAttribute() => Skip = EvaluationCorpus.SkipReason(FileName, Variable);

    /// <summary>The corpus path: env LGL_XML, else ../shared/eval/LGL-dev.xml next to the repository, else null.</summary>
    public static string? LglPath => EvaluationCorpus.Find(FileName, Variable);
}
