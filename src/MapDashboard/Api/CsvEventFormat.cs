using System.Buffers;
using System.Text;
using MapDashboard.Data.Queries;

namespace MapDashboard.Api;

/// <summary>
/// The <see cref="CsvWriter"/> file written row by row as UTF-8, after a byte order mark so spreadsheet programs
/// read non-ASCII place names correctly.
/// </summary>
/// <param name="output">Where the bytes go (a response's pipe, or a buffer in tests).</param>
public sealed class CsvEventFormat(IBufferWriter<byte> output) : IEventRowFormat
{
    private readonly StringBuilder _row = new();

    // One encoder for the file: a StringBuilder may split a surrogate pair (an emoji in a title) across chunks.
    private readonly Encoder _utf8 = Encoding.UTF8.GetEncoder();

    /// <summary>Nothing to return: the rows are written to the output as they come.</summary>
    public void Dispose()
    {
    }

    public void WriteStart()
    {
        output.Write(Encoding.UTF8.Preamble);
        CsvWriter.AppendHeader(_row);
        Encode();
    }

    public void WriteRow(EventRecord e)
    {
        CsvWriter.AppendRow(_row, e);
        Encode();
    }

    public void WriteEnd() => _utf8.Convert([], output, flush: true, out _, out _);

    /// <summary>Rows go to the pipe as they are encoded: nothing is held back.</summary>
    public void Commit()
    {
    }

    private void Encode()
    {
        foreach (var chunk in _row.GetChunks())
        {
            _utf8.Convert(chunk.Span, output, flush: false, out _, out _);
        }

        _row.Clear();
    }
}
