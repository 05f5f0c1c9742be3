using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PolicyKit.Tests.SignOff.Service;

/// <summary>
/// Every log line the service writes, as the text any log sink would receive: the formatted message, each structured
/// value on its own, every scope around it (as Application Insights and consoles with IncludeScopes record them),
/// and the exception with its stack.
/// </summary>
internal sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines, () => _scopes);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines, Func<IExternalScopeProvider> scopes) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => scopes().Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" | ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            var around = new List<string>();
            scopes().ForEachScope((scope, list) => list.Add(scope is IEnumerable<KeyValuePair<string, object?>> kv ? string.Join(" | ", kv.Select(p => $"{p.Key}={p.Value}")) : scope?.ToString() ?? ""), around);
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} [{values}] {{{string.Join(" / ", around)}}} {exception}");
        }
    }
}
