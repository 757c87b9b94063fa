using System.Net;
using System.Text.RegularExpressions;

namespace MapDashboard.Tests.Pages;

/// <summary>Posts a static-SSR form as a browser would: the antiforgery token and handler name from the page's HTML.</summary>
internal static partial class FormPosting
{
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetStringAsync(url);
        var token = Token().Match(page);
        Assert.True(token.Success, "the page has an antiforgery token");
        var handler = Handler().Match(page);
        var all = fields.Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        if (handler.Success)
        {
            all = all.Append(new("_handler", handler.Groups[1].Value));
        }

        return await client.PostAsync(url, new FormUrlEncodedContent(all));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"_handler\" value=\"([^\"]+)\"")]
    private static partial Regex Handler();
}
