using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace MapDashboard.Hosting;

/// <summary>
/// Runs the import worker's files on threads of their own at a lower OS priority (Linux nice 10), so a big import
/// takes the cores the dashboard leaves idle and never the ones it needs. Measured with
/// <c>tests/scripts/robustness_figures.py --only load</c>: during a 1,000-file import on both cores of this machine,
/// 100 connections of dashboard reads had p99 0.94–1.4 s at the same priority. Awaits inside a file's work resume
/// here (await keeps the current task scheduler), so geoparsing after the first database call stays low too.
/// </summary>
public sealed class BackgroundPriorityScheduler : TaskScheduler, IDisposable
{
    /// <summary>How much lower than the app the threads run (Linux nice: 0 normal, 19 lowest).</summary>
    public const int Niceness = 10;

    [ThreadStatic]
    private static bool _isWorkerThread;

    private readonly BlockingCollection<Task> _queue = [];
    private readonly Thread[] _threads;

    public BackgroundPriorityScheduler(int threads)
    {
        _threads = [.. Enumerable.Range(0, Math.Max(1, threads)).Select(i => new Thread(Run) { IsBackground = true, Name = $"import-{i}" })];
        foreach (var thread in _threads)
        {
            thread.Start();
        }
    }

    public override int MaximumConcurrencyLevel => _threads.Length;

    protected override void QueueTask(Task task) => _queue.Add(task);

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        _isWorkerThread && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => [.. _queue];

    private void Run()
    {
        _isWorkerThread = true;
        LowerThisThread();
        foreach (var task in _queue.GetConsumingEnumerable())
        {
            TryExecuteTask(task);
        }
    }

    /// <summary>Linux keeps a nice value per thread: this lowers only the calling thread. Elsewhere it does nothing.</summary>
    private static void LowerThisThread()
    {
        if (OperatingSystem.IsLinux())
        {
            _ = NativeMethods.setpriority(NativeMethods.PrioProcess, NativeMethods.gettid(), Niceness);
        }
    }

    public void Dispose() => _queue.CompleteAdding();

    private static class NativeMethods
    {
        public const int PrioProcess = 0;

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int setpriority(int which, int who, int prio);

        [DllImport("libc")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int gettid();
    }
}
