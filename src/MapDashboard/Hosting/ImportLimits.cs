using Microsoft.AspNetCore.Http.Features;

namespace MapDashboard.Hosting;

/// <summary>Binds <see cref="ImportOptions"/> and sets Kestrel's and the form reader's limits from it.</summary>
public static class ImportLimits
{
    public static WebApplicationBuilder AddImportLimits(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ImportOptions.Section).Get<ImportOptions>() ?? new ImportOptions();
        builder.Services.Configure<ImportOptions>(builder.Configuration.GetSection(ImportOptions.Section));
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxRequestBytes);
        builder.Services.Configure<FormOptions>(f =>
        {
            f.MultipartBodyLengthLimit = options.MaxRequestBytes;
            f.ValueCountLimit = options.MaxFilesPerRequest;
        });
        return builder;
    }
}
