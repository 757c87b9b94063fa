namespace MapDashboard.Gazetteer.Indexing;

/// <summary>Optional settings for <see cref="GazetteerIndex.Create"/>.</summary>
public sealed record GazetteerIndexOptions
{
    /// <summary>Provenance shown by <c>gazetteer stats</c> (source package versions).</summary>
    public string Version { get; init; } = "fixture";

    /// <summary>Index the demonym list (<c>Data/demonyms.tsv</c>); on by default.</summary>
    public bool IncludeDemonyms { get; init; } = true;

    /// <summary>
    /// Old ids that now mean another entry: <see cref="IGazetteer.Get"/> follows them. The loader adds one
    /// when a user's GeoNames admin1 row (real GeoNames id) replaces a bundled admin1 entry (derived id).
    /// </summary>
    public IReadOnlyDictionary<long, long> Aliases { get; init; } = new Dictionary<long, long>();

    /// <summary>Keys the builder computed for the bundled places (<see cref="Storage.NameKeyFile"/>).</summary>
    internal PrecomputedNameKeys? PrecomputedKeys { get; init; }

    /// <summary>Which place indexes may use <see cref="PrecomputedKeys"/> (not those a user import replaced).</summary>
    internal Func<int, bool>? UsePrecomputedKeys { get; init; }

    /// <summary>Time spent reading files before indexing, added to <see cref="GazetteerInfo.LoadTime"/>.</summary>
    public TimeSpan ReadTime { get; init; }
}
