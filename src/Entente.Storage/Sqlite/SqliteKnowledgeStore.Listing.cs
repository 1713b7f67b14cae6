using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Sqlite;

/// <summary>Whole-table reads for export, and the documents a batch carries (an export read back).</summary>
public sealed partial class SqliteKnowledgeStore
{
    private const string InsertDocumentSql = """
        INSERT INTO documents (content_hash, source_id, path, title, published, url, text, extractor, ingested_at)
        VALUES ($hash, $source, $path, $title, $published, $url, $text, $extractor, $at)
        ON CONFLICT (content_hash) DO NOTHING
        """;

    // Claims read back from an export do not say which document they came from; the document's source does.
    private const string LinkClaimsSql = """
        UPDATE claims SET document_id = (SELECT id FROM documents WHERE content_hash = $hash)
        WHERE source_id = $source AND document_id IS NULL
        """;

    public IReadOnlyList<Source> AllSources() => ReadSources($"SELECT {SourceColumns} FROM sources ORDER BY id", []);

    public IReadOnlyList<Document> AllDocuments()
    {
        using var command = Command("SELECT content_hash, source_id, text, path, title, published, url, extractor FROM documents ORDER BY id", []);
        using var reader = command.ExecuteReader();
        var documents = new List<Document>();
        while (reader.Read())
        {
            documents.Add(new Document(reader.GetString(0), reader.GetString(1), reader.GetString(2))
            {
                Path = NullableString(reader, 3),
                Title = NullableString(reader, 4),
                Published = NullableDate(reader, 5),
                Url = NullableString(reader, 6),
                Extractor = reader.GetString(7),
            });
        }
        return documents;
    }

    private int WriteDocuments(IReadOnlyList<Document> documents, SqliteTransaction transaction)
    {
        if (documents.Count == 0)
            return 0;
        using var insert = Prepare(InsertDocumentSql, transaction, "$hash", "$source", "$path", "$title", "$published", "$url", "$text", "$extractor", "$at");
        using var link = Prepare(LinkClaimsSql, transaction, "$hash", "$source");
        var at = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var added = 0;
        foreach (var d in documents)
        {
            Bind(insert, d.ContentHash, d.SourceId, d.Path, d.Title, d.Published?.ToString(), d.Url, d.Text, d.Extractor, at);
            if (insert.ExecuteNonQuery() == 0)
                continue;
            added++;
            Bind(link, d.ContentHash, d.SourceId);
            link.ExecuteNonQuery();
        }
        return added;
    }
}
