using System.Globalization;
using Entente.Benchmarks.Extraction;
using Entente.Extraction.Ingestion;
using Entente.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Entente.Benchmarks.Ingest;

/// <summary>
/// `ingest-storage --split`: AddDocument's statements replayed one by one, each with its CPU time, and
/// the log pages each commit appends. Auto-checkpoints are off here and the log is checkpointed (and
/// truncated) by hand every <see cref="CheckpointPages"/> pages, so the log's length counts the pages
/// and the checkpoints get a line of their own. The claims are also bound once on a statement that is
/// never run ("claims' bind"), to tell binding (C#) from inserting (SQLite) inside "claims".
/// </summary>
internal static class StorageSplit
{
    private const int CheckpointPages = 10_000;
    private const int PageFrame = 4096 + 24;
    private const int BindOnly = 3;

    public static void Run(SqliteKnowledgeStore store, IReadOnlyList<DocumentRecord> records)
    {
        var connection = store.Connection;
        var statements = store.Statements;
        Execute(connection, "PRAGMA wal_autocheckpoint = 0");
        Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
        using var binder = new ClaimInsert(connection);
        var wal = new FileInfo(store.Path + "-wal");
        var steps = new[] { "begin", "source", "document row", "claims' bind", "claims", "listing", "candidates", "commit", "checkpoint" };
        var cpu = new TimeSpan[steps.Length];
        long pages = 0, listings = 0;
        var step = 0;
        var mark = CpuTime.OfThisThread();
        void Done()
        {
            var now = CpuTime.OfThisThread();
            cpu[step++] += now - mark;
            mark = now;
        }

        foreach (var r in records)
        {
            step = 0;
            mark = CpuTime.OfThisThread();
            statements.Begin();
            Done();
            var sourceIsNew = statements.UpsertSource(r.Source);
            Done();
            var id = statements.InsertDocument(r.Document) ?? throw new InvalidOperationException("document stored twice");
            Done();
            var quotes = new DocumentQuotes(id, r.Document.Text);
            foreach (var claim in r.Claims)
                binder.Bind(claim, quotes);
            Done();
            var added = statements.InsertClaims(r.Claims, new DocumentQuotes(id, r.Document.Text), sourceIsNew ? r.Source.Id : null);
            Done();
            if (added > 0 && statements.ListWhenFull())
                listings++;
            Done();
            statements.UpsertCandidates(r.Candidates, id);
            Done();
            statements.Commit();
            Done();
            wal.Refresh();
            var inLog = (wal.Length - 32) / PageFrame;
            if (inLog >= CheckpointPages)
            {
                Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
                pages += inLog;
            }
            Done();
        }
        wal.Refresh();
        pages += Math.Max(0, (wal.Length - 32) / PageFrame);
        // The binding alone is done once more inside "claims": left out of the total.
        var total = cpu.Aggregate(TimeSpan.Zero, (a, b) => a + b) - cpu[BindOnly];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"split: {records.Count:N0} documents, CPU {total.TotalSeconds:F3} s = {total.TotalMilliseconds / records.Count:F3} ms per document; " +
            $"{(double)pages / records.Count:F1} log pages per commit; {listings} listings"));
        for (var i = 0; i < steps.Length; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {steps[i],-13} {cpu[i].TotalMilliseconds * 1000 / records.Count,8:F1} µs per document ({cpu[i] / total * 100:F0} %)"));
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
