using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MapDashboard.Gazetteer.Indexing;

/// <summary>
/// A Bloom filter over name keys: "no" is certain, "maybe" is wrong for well under 1% of the keys that are absent.
/// Scanning an article asks the name indexes about every word and most runs of two to four words, and nearly
/// all of those are no name; each such question costs the 400,000-key index a few cache misses, while this
/// filter answers it from one 64-bit word of a table of about a megabyte.
/// </summary>
/// <remarks>
/// Each key sets <see cref="BitsPerKey"/> bits of a single 64-bit word (a blocked filter: one memory access
/// per question), chosen by a 64-bit hash of its UTF-16 code units. Built once while the index loads; read-only after.
/// </remarks>
internal sealed class NameKeyFilter
{
    // 20 table bits per key and 4 bits set per key: about 0.2% false "maybe"s, 20 bits × 410,000 keys ≈ 1 MB.
    private const int TableBitsPerKey = 20;
    private const int BitsPerKey = 4;
    private const int BitIndexBits = 6;

    private readonly ulong[] _words;
    private readonly int _wordMask;

    /// <summary>Creates an empty filter sized for <paramref name="expectedKeys"/> keys.</summary>
    public NameKeyFilter(int expectedKeys)
    {
        // A power of two, so a word is picked with a mask; at most 2^30 words, the most 32 hash bits can address.
        long wanted = Math.Max(64L, (long)expectedKeys * TableBitsPerKey / 64);
        int words = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Min(wanted, 1 << 30));
        _words = new ulong[words];
        _wordMask = words - 1;
    }

    /// <summary>Adds a key.</summary>
    // Called 400,000 times while the gazetteer loads, long before tiered compilation would optimise it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<char> key)
    {
        ulong hash = Hash(key);
        _words[WordIndex(hash)] |= BitsOf(hash);
    }

    /// <summary>False when <paramref name="key"/> was certainly never added; true when it may have been.</summary>
    public bool MayContain(ReadOnlySpan<char> key)
    {
        ulong hash = Hash(key);
        ulong bits = BitsOf(hash);
        return (_words[WordIndex(hash)] & bits) == bits;
    }

    // The low bits pick the bits within a word, the high bits the word: the two do not overlap.
    private int WordIndex(ulong hash) => (int)(hash >> 32) & _wordMask;

    private static ulong BitsOf(ulong hash)
    {
        ulong bits = 0;
        for (int i = 0; i < BitsPerKey; i++)
        {
            bits |= 1UL << (int)((hash >> (i * BitIndexBits)) & 63);
        }
        return bits;
    }

    // Four code units at a time, multiply-rotate mixing and the MurmurHash3 finaliser: the filter needs bits
    // that look random, not a hash that resists attack (a "maybe" is checked against the index anyway).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong Hash(ReadOnlySpan<char> key)
    {
        ReadOnlySpan<ulong> blocks = MemoryMarshal.Cast<char, ulong>(key);
        ulong hash = (ulong)key.Length * 0x9E3779B97F4A7C15UL;
        foreach (ulong block in blocks)
        {
            hash = Mix(hash, block);
        }
        ulong tail = 0;
        for (int i = blocks.Length * 4; i < key.Length; i++)
        {
            tail = (tail << 16) | key[i];
        }
        hash = Mix(hash, tail);
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCDUL;
        hash ^= hash >> 33;
        hash *= 0xC4CEB9FE1A85EC53UL;
        hash ^= hash >> 33;
        return hash;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong hash, ulong block) =>
        BitOperations.RotateLeft((hash ^ block) * 0x87C37B91114253D5UL, 31) * 0x4CF5AD432745937FUL;
}
