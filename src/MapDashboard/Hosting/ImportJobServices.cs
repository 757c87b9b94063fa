namespace MapDashboard.Hosting;

/// <summary>Registers import jobs: the store on disk, the background worker, the importer and the watched folder.</summary>
public static class ImportJobServices
{
    public static IServiceCollection AddImportJobs(this IServiceCollection services)
    {
        services.AddSingleton<ImportJobStore>();
        services.AddSingleton<ImportWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ImportWorker>());
        services.AddScoped<UploadImporter>();
        services.AddHostedService<FolderWatcher>();
        return services;
    }
}
