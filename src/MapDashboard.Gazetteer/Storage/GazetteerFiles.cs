namespace MapDashboard.Gazetteer.Storage;

/// <summary>The file names of a compiled gazetteer directory (bundled <c>gazetteer/</c> or a user's imports).</summary>
public static class GazetteerFiles
{
    /// <summary>The bundled place table (<see cref="PlaceFile"/>).</summary>
    public const string Places = "places.bin.gz";

    /// <summary>The bundled country shapes (<see cref="ShapeFile"/>).</summary>
    public const string CountryShapes = "country-shapes.bin.gz";

    /// <summary>The precomputed name keys of the bundled places (<see cref="NameKeyFile"/>).</summary>
    public const string NameKeys = "name-keys.bin.gz";

    /// <summary>Provenance and counts (<see cref="Manifest"/>).</summary>
    public const string Manifest = "manifest.json";

    /// <summary>Suffix of a user's imported place table in the user directory.</summary>
    public const string ImportedPlacesSuffix = ".places.bin.gz";

    /// <summary>Suffix of a user's imported alternate names (geonameid, name) in the user directory.</summary>
    public const string ImportedNamesSuffix = ".altnames.tsv.gz";
}
