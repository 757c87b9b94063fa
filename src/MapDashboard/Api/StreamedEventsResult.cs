using MapDashboard.Data.Queries;
using Microsoft.Net.Http.Headers;
using System.IO.Pipelines;

namespace MapDashboard.Api;

/// <summary>
/// A 200 response whose body is written while the events are read: a whole-corpus export (a million events,
/// hundreds of MB as one string) never sits in memory. Parameters are checked before this result is made, so a
/// bad one is still a 400 with nothing written yet.
/// </summary>
/// <param name="events">The events, read as the body is written (cancelled with the request).</param>
/// <param name="contentType">The response's media type.</param>
/// <param name="format">The format, over the response's pipe.</param>
/// <param name="attachmentName">A file name for Content-Disposition: attachment; null for none.</param>
public sealed class StreamedEventsResult(
    IAsyncEnumerable<EventRecord> events, string contentType, Func<PipeWriter, IEventRowFormat> format, string? attachmentName = null) : IResult
{
    /// <summary>
    /// Events between flushes: a few hundred rows (about 100 KB of GeoJSON) keep memory flat and let the client,
    /// and the compressor, start on the data early without a network write per row.
    /// </summary>
    public const int RowsPerFlush = 500;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        if (attachmentName is not null)
        {
            var disposition = new ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName(attachmentName);
            response.Headers.ContentDisposition = disposition.ToString();
        }

        var aborted = httpContext.RequestAborted;
        try
        {
            await WriteAsync(response.BodyWriter, aborted);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away: the query has stopped with the enumeration and there is no one to tell.
        }
    }

    private async Task WriteAsync(PipeWriter output, CancellationToken cancellationToken)
    {
        using var writer = format(output);
        writer.WriteStart();
        var rows = 0;
        await foreach (var e in events.WithCancellation(cancellationToken))
        {
            writer.WriteRow(e);
            if (++rows % RowsPerFlush == 0)
            {
                writer.Commit();
                var flushed = await output.FlushAsync(cancellationToken);
                if (flushed.IsCompleted || flushed.IsCanceled)
                {
                    return; // Nobody reads any more; leaving the loop disposes the query's reader.
                }
            }
        }

        writer.WriteEnd();
        writer.Commit();
        await output.FlushAsync(cancellationToken);
    }
}
