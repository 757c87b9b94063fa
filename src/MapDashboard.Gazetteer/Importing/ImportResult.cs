namespace MapDashboard.Gazetteer.Importing;

/// <summary>A row an import refused: its 1-based line number in the source file and why.</summary>
public sealed record ImportError(int LineNumber, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"line {LineNumber}: {Reason}";
}

/// <summary>
/// What an import did. When <see cref="Succeeded"/> is false nothing was written: the user directory is as it was.
/// <see cref="Errors"/> holds the first <see cref="ImportLimits.ReportedErrors"/> refused rows; <see cref="ErrorCount"/> counts all.
/// </summary>
public sealed record ImportResult(
    string Source,
    int RowsRead,
    int EntriesWritten,
    IReadOnlyList<ImportError> Errors,
    int ErrorCount,
    string? OutputFile)
{
    /// <summary>True when every row was valid and the output file is in place.</summary>
    public bool Succeeded => ErrorCount == 0 && OutputFile is not null;

    /// <summary>One line for the command line ("Imported 1,234 places from SY.txt into ...").</summary>
    public string Summary => Succeeded
        ? $"Imported {EntriesWritten:N0} entries from {Source} ({RowsRead:N0} rows) into {OutputFile}"
        : $"Import of {Source} refused: {ErrorCount:N0} bad rows of {RowsRead:N0}; nothing was written";
}

/// <summary>Limits shared by the importers.</summary>
public static class ImportLimits
{
    /// <summary>At most this many bad rows are listed; the rest are only counted (allCountries has 12 million rows).</summary>
    public const int ReportedErrors = 100;
}
