using MapDashboard.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace MapDashboard.Api;

/// <summary>
/// <c>POST /api/import</c>: multipart files (field <c>files</c>) and/or pasted text (field <c>text</c>), geoparsed
/// into the store; answers one outcome per file. The import page's script posts files one at a time here to show
/// progress. Needs the antiforgery token of the import page (a form field or the <c>RequestVerificationToken</c> header).
/// </summary>
public static class ImportEndpoints
{
    public static IEndpointRouteBuilder MapImportEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Import");
        api.MapPost("/import", Import).WithName("Import").DisableAntiforgery().RequireRateLimiting(RateLimits.Expensive);
        api.MapGet("/imports", (ImportJobStore jobs) => TypedResults.Ok(jobs.List().Reverse())).WithName("ImportJobs");
        api.MapGet("/imports/{id}", Results<Ok<ImportJob>, NotFound> (string id, ImportJobStore jobs) =>
            jobs.Load(id) is { } job ? TypedResults.Ok(job) : TypedResults.NotFound()).WithName("ImportJob");
        api.MapPost("/imports/{id}/cancel", Cancel).WithName("CancelImport").DisableAntiforgery();
        return app;
    }

    // Antiforgery is checked here (not by the middleware) so a bad token is a 400 with a message.
    public static async Task<Results<Ok<IReadOnlyList<UploadOutcome>>, ProblemHttpResult>> Import(
        HttpContext context, IAntiforgery antiforgery, UploadImporter importer, IOptions<ImportOptions> limits, CancellationToken cancellationToken)
    {
        if (!context.Request.HasFormContentType)
        {
            return Problem(StatusCodes.Status400BadRequest, "send multipart/form-data with files and/or text");
        }

        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Problem(StatusCodes.Status400BadRequest, "the antiforgery token is missing or stale: reload the import page");
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            // "Form value count limit 1024 exceeded" was a 500 with an empty body.
            return Problem(StatusCodes.Status400BadRequest, $"more than {limits.Value.MaxFilesPerRequest:N0} files or fields in one request (Import:MaxFilesPerRequest): send them in several requests");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own refusal, answered here so it is not logged as an unhandled exception.
            return Problem(e.StatusCode, $"the request is over the {limits.Value.MaxRequestBytes / 1024 / 1024:N0} MB limit (Import:MaxRequestBytes): send fewer files at once");
        }

        // One job for the request; the client going away cancels it (within a second, see Geoparser).
        var outcomes = await importer.ImportAsync(form["name"].ToString(), form["text"].ToString(), form.Files, cancellationToken);

        return outcomes.Count == 0
            ? Problem(StatusCodes.Status400BadRequest, "nothing to import: choose files or paste text")
            : TypedResults.Ok<IReadOnlyList<UploadOutcome>>(outcomes);
    }

    // From the import page's form (redirected back to it) or a script (answered the job).
    private static async Task<Results<Ok<ImportJob>, RedirectHttpResult, NotFound, ProblemHttpResult>> Cancel(
        string id, HttpContext context, IAntiforgery antiforgery, ImportWorker worker, ImportJobStore jobs)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Problem(StatusCodes.Status400BadRequest, "the antiforgery token is missing or stale: reload the import page");
        }

        if (!worker.Cancel(id))
        {
            return TypedResults.NotFound();
        }

        return context.Request.HasFormContentType ? TypedResults.Redirect("/import") : TypedResults.Ok(jobs.Load(id)!);
    }

    /// <summary>The name pasted text is stored under.</summary>
    public static string PastedName(string? given) =>
        string.IsNullOrWhiteSpace(given) ? "pasted.txt" : Path.GetFileName(given.Trim()) is { Length: > 0 } n ? (Path.HasExtension(n) ? n : n + ".txt") : "pasted.txt";

    private static ProblemHttpResult Problem(int status, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: "Import refused");
}
