namespace MapDashboard.Gazetteer.Importing;

/// <summary>
/// Writes an import's output next to its final name and moves it into place only when the import succeeded,
/// so a refused or crashed import never leaves a half-written file that the loader would read. Re-importing
/// the same source replaces its earlier output: imports are idempotent.
/// </summary>
internal sealed class AtomicOutput : IDisposable
{
    private bool _committed;

    public AtomicOutput(string userDir, string fileName)
    {
        Directory.CreateDirectory(userDir);
        FinalPath = Path.Combine(userDir, fileName);
        TempPath = FinalPath + ".partial";
    }

    /// <summary>Where the import writes while it runs (never read by the loader).</summary>
    public string TempPath { get; }

    /// <summary>Where the output lands on success.</summary>
    public string FinalPath { get; }

    /// <summary>Moves the written file into place, replacing an earlier import of the same source.</summary>
    public string Commit()
    {
        File.Move(TempPath, FinalPath, overwrite: true);
        _committed = true;
        return FinalPath;
    }

    public void Dispose()
    {
        if (!_committed && File.Exists(TempPath))
        {
            File.Delete(TempPath);
        }
    }

    /// <summary>A file-name-safe stem for a source file: "SY.zip" → "SY", "my places.csv" → "my_places".</summary>
    public static string StemOf(string sourcePath)
    {
        string stem = Path.GetFileNameWithoutExtension(sourcePath);
        return new string([.. stem.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
    }
}
