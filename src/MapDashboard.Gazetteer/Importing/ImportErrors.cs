namespace MapDashboard.Gazetteer.Importing;

/// <summary>Collects refused rows, listing the first <see cref="ImportLimits.ReportedErrors"/> and counting all.</summary>
internal sealed class ImportErrors
{
    private readonly List<ImportError> _listed = [];

    public int Count { get; private set; }

    public IReadOnlyList<ImportError> Listed => _listed;

    public void Add(int lineNumber, string reason)
    {
        Count++;
        if (_listed.Count < ImportLimits.ReportedErrors)
        {
            _listed.Add(new ImportError(lineNumber, reason));
        }
    }
}
