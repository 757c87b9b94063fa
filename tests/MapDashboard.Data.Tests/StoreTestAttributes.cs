using Xunit.Abstractions;
using Xunit.Sdk;

namespace MapDashboard.Data.Tests;

/// <summary>
/// Marks a test class that runs its (inherited) store tests on PostgreSQL: <see cref="StoreFactAttribute"/> and
/// <see cref="StoreTheoryAttribute"/> skip them, with the reason, when no test server is reachable and CI is not set.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OnPostgresAttribute : Attribute;

/// <summary>A test of the store, run on each provider the concrete test class stands for (one fixture, two providers).</summary>
[XunitTestCaseDiscoverer("MapDashboard.Data.Tests.StoreFactDiscoverer", "MapDashboard.Data.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>A theory over the store: as <see cref="StoreFactAttribute"/>.</summary>
[XunitTestCaseDiscoverer("MapDashboard.Data.Tests.StoreTheoryDiscoverer", "MapDashboard.Data.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreTheoryAttribute : TheoryAttribute;

internal static class StoreSkip
{
    public static string? Reason(ITestMethod testMethod) =>
        testMethod.TestClass.Class.GetCustomAttributes(typeof(OnPostgresAttribute).AssemblyQualifiedName).Any()
            ? TestPostgres.SkipReason : null;
}

/// <summary>Finds <see cref="StoreFactAttribute"/> tests, skipped on an absent PostgreSQL (<see cref="StoreSkip"/>).</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    private readonly IMessageSink _sink = diagnosticMessageSink;

    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        StoreSkip.Reason(testMethod) is { } reason
            ? [new XunitSkippedDataRowTestCase(_sink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, factAttribute);
}

/// <summary>Finds <see cref="StoreTheoryAttribute"/> tests, skipped on an absent PostgreSQL (<see cref="StoreSkip"/>).</summary>
public sealed class StoreTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    private readonly IMessageSink _sink = diagnosticMessageSink;

    // One skipped case for the whole theory (TheoryDiscoverer's own skip case would run it without its data).
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        StoreSkip.Reason(testMethod) is { } reason
            ? [new XunitSkippedDataRowTestCase(_sink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, theoryAttribute);
}
