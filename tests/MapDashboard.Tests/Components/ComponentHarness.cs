using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MapDashboard.Tests.Components;

/// <summary>
/// Renders a Razor component to HTML with ASP.NET Core's <see cref="HtmlRenderer"/> (what static server
/// rendering uses) and parses it with AngleSharp, so tests query the markup as a browser would see it.
/// bunit stands in for this elsewhere; its dependencies are not served by our registry.
/// </summary>
public static class ComponentHarness
{
    /// <summary>Renders <typeparamref name="TComponent"/> with the given parameters into a document's body.</summary>
    public static async Task<IDocument> RenderAsync<TComponent>(
        IDictionary<string, object?>? parameters = null,
        Action<IServiceCollection>? services = null)
        where TComponent : IComponent
    {
        var html = await RenderHtmlAsync<TComponent>(parameters, services);
        var parser = new HtmlParser();
        return await parser.ParseDocumentAsync($"<!DOCTYPE html><html><body>{html}</body></html>");
    }

    /// <summary>The component's HTML, as the server would send it.</summary>
    public static async Task<string> RenderHtmlAsync<TComponent>(
        IDictionary<string, object?>? parameters = null,
        Action<IServiceCollection>? services = null)
        where TComponent : IComponent
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        collection.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services?.Invoke(collection);
        await using var provider = collection.BuildServiceProvider();
        await using var renderer = new HtmlRenderer(provider, provider.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var view = parameters is null ? ParameterView.Empty : ParameterView.FromDictionary(parameters);
            var root = await renderer.RenderComponentAsync<TComponent>(view);
            await root.QuiescenceTask;
            return root.ToHtmlString();
        });
    }
}
