using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using MapDashboard.Gazetteer.Indexing;
using MapDashboard.Gazetteer.Names;

namespace MapDashboard.Gazetteer.Storage;

/// <summary>
/// <c>name-keys.bin.gz</c>: the folded and transliteration keys of every name in <c>places.bin.gz</c>, so the
/// loader skips recomputing them. Carries the SHA-256 of the places file it belongs to and of the folding rules;
/// the loader ignores it (and folds names itself) when either does not match. Deterministic: keys in order of first appearance.
/// </summary>
public static class NameKeyFile
{
    private const string Magic = "MDNAMEKEYS1";

    // Bump when NameFolder or TransliterationKey change behaviour in code; their data files are hashed in.
    private const int FoldingVersion = 1;

    /// <summary>
    /// Identifies the folding rules the keys were computed with: keys written by an older rule set are ignored
    /// (and recomputed) instead of silently disagreeing with how queries are folded.
    /// </summary>
    internal static byte[] RulesHash { get; } = SHA256.HashData(
        [.. BitConverter.GetBytes(FoldingVersion), .. EmbeddedData.Bytes("arabic-articles.txt"), .. EmbeddedData.Bytes("name-abbreviations.tsv")]);

    /// <summary>Computes and writes the keys of <paramref name="places"/> (in places-file order).</summary>
    public static void Write(string path, IReadOnlyList<Place> places, byte[] placesFileHash)
    {
        var folded = new Dictionary<string, int>(StringComparer.Ordinal);
        var foldedInOrder = new List<string>();
        var placeKeyIds = new List<int>();
        var offsets = new List<int> { 0 };
        foreach (Place place in places)
        {
            foreach (string name in place.AlternateNames.Prepend(place.Name))
            {
                string key = NameFolder.Fold(name);
                if (key.Length == 0)
                {
                    placeKeyIds.Add(-1);
                    continue;
                }
                if (!folded.TryGetValue(key, out int id))
                {
                    id = foldedInOrder.Count;
                    folded.Add(key, id);
                    foldedInOrder.Add(key);
                }
                placeKeyIds.Add(id);
            }
            offsets.Add(placeKeyIds.Count);
        }
        var translit = new Dictionary<string, int>(StringComparer.Ordinal);
        var translitInOrder = new List<string>();
        var translitOfFolded = new int[foldedInOrder.Count];
        for (int i = 0; i < foldedInOrder.Count; i++)
        {
            string key = TransliterationKey.FromFolded(foldedInOrder[i]);
            if (key.Length < NameIndexes.MinTransliteratedKeyLength)
            {
                translitOfFolded[i] = -1;
                continue;
            }
            if (!translit.TryGetValue(key, out int id))
            {
                id = translitInOrder.Count;
                translit.Add(key, id);
                translitInOrder.Add(key);
            }
            translitOfFolded[i] = id;
        }
        using FileStream file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(placesFileHash.Length);
        writer.Write(placesFileHash);
        writer.Write(RulesHash.Length);
        writer.Write(RulesHash);
        WriteStrings(writer, foldedInOrder);
        WriteStrings(writer, translitInOrder);
        foreach (int id in translitOfFolded)
        {
            writer.Write7BitEncodedInt(id + 1);
        }
        writer.Write(places.Count);
        for (int p = 0; p < places.Count; p++)
        {
            writer.Write7BitEncodedInt(offsets[p + 1] - offsets[p]);
            for (int k = offsets[p]; k < offsets[p + 1]; k++)
            {
                writer.Write7BitEncodedInt(placeKeyIds[k] + 1);
            }
        }
    }

    /// <summary>The keys stored in <paramref name="path"/>, or null when absent or computed for another places file.</summary>
    // Hot loop run once per load: optimised code at once, not tier-0 first (a quarter of a cold load's CPU).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static PrecomputedNameKeys? Read(string path, byte[] placesFileHash)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        using FileStream file = new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var gzip = new BufferedStream(new GZipStream(file, CompressionMode.Decompress), 1 << 16);
        using var reader = new BinaryReader(gzip, Encoding.UTF8);
        if (reader.ReadString() != Magic
            || !reader.ReadBytes(reader.ReadInt32()).AsSpan().SequenceEqual(placesFileHash)
            || !reader.ReadBytes(reader.ReadInt32()).AsSpan().SequenceEqual(RulesHash))
        {
            return null;
        }
        string[] folded = ReadStrings(reader);
        string[] translit = ReadStrings(reader);
        var translitOfFolded = new int[folded.Length];
        for (int i = 0; i < folded.Length; i++)
        {
            translitOfFolded[i] = reader.Read7BitEncodedInt() - 1;
        }
        int placeCount = reader.ReadInt32();
        var offsets = new int[placeCount + 1];
        var ids = new List<int>(placeCount * 3);
        for (int p = 0; p < placeCount; p++)
        {
            int count = reader.Read7BitEncodedInt();
            for (int k = 0; k < count; k++)
            {
                ids.Add(reader.Read7BitEncodedInt() - 1);
            }
            offsets[p + 1] = ids.Count;
        }
        return new PrecomputedNameKeys
        {
            FoldedKeys = folded,
            TransliteratedKeys = translit,
            TransliteratedKeyOfFoldedKey = translitOfFolded,
            PlaceOffsets = offsets,
            PlaceKeyIds = [.. ids],
        };
    }

    private static void WriteStrings(BinaryWriter writer, List<string> strings)
    {
        writer.Write(strings.Count);
        foreach (string s in strings)
        {
            writer.Write(s);
        }
    }


    // Hot loop run once per load: optimised code at once, not tier-0 first (a quarter of a cold load's CPU).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string[] ReadStrings(BinaryReader reader)
    {
        var strings = new string[reader.ReadInt32()];
        for (int i = 0; i < strings.Length; i++)
        {
            strings[i] = reader.ReadString();
        }
        return strings;
    }
}
