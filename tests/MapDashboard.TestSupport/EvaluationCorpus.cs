namespace MapDashboard.TestSupport;

/// <summary>An evaluation corpus of <c>../shared/eval/</c> (never copied into the repository), or the file an environment variable names.</summary>
public static class EvaluationCorpus
{
    /// <summary>The file's path: <paramref name="variable"/>'s value when it names a file, else <c>shared/eval/</c><paramref name="fileName"/>, else null.</summary>
    public static string? Find(string fileName, string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } configured && File.Exists(configured)
            ? configured
            : RepositoryPaths.SharedFile("eval", fileName);

    /// <summary>Why a test of that corpus skips here, or null when it runs (the file is there, or CI must fail without it).</summary>
    public static string? SkipReason(string fileName, string variable) =>
        Find(fileName, variable) is null && !ContinuousIntegration.IsOn
            ? $"{fileName} not found in ../shared/eval/ (set {variable} to its path); CI=true makes this a failure."
            : null;
}
