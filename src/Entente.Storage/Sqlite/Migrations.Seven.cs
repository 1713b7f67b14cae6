namespace Entente.Storage.Sqlite;

internal static partial class Migrations
{
    // Schema 7 makes a document's commit touch fewer and fuller pages (storage was a third of an
    // ingest's CPU, most of it writing ~14 log pages per document):
    // - a claim's quote is a span of its document's text; it was stored again beside the offsets (44 MB
    //   of 84 MB text). A quote the document's text gives back exactly (substr counts characters, C#
    //   counts UTF-16 units: only text without surrogates or NULs up to the quote's end) is NULL and
    //   read back from the text;
    // - the full hex fingerprint (64 bytes a claim) was written and never read: the key keeps its first 8;
    // - ix_claims_unlisted (one more B-tree per commit) goes: the unlisted claims are the ones above
    //   meta 'listed_through' (claims are never deleted, ids only grow), found by a rowid range;
    // - the unique key holds listed claims only: a document's claims went each into a random leaf of it
    //   (by source id), which split every few documents (four pages written). They enter it when listed,
    //   hundreds of documents at a time; until then AddDocument keeps them unique itself (see
    //   DocumentStatements.InsertClaims).
    // The table is rebuilt, as in schema 5, to drop a NOT NULL column; every claim is listed on the way.
    private const string SchemaSeven =
        """
        CREATE TABLE claims_v7 (
            id INTEGER PRIMARY KEY,
            subject_id TEXT NOT NULL REFERENCES actors (id),
            object_id TEXT NOT NULL REFERENCES actors (id),
            relation TEXT,
            areas TEXT NOT NULL DEFAULT '',
            directed INTEGER NOT NULL,
            polarity TEXT NOT NULL,
            hedged INTEGER NOT NULL,
            valid_from TEXT,
            valid_until TEXT,
            source_id TEXT NOT NULL REFERENCES sources (id),
            quote TEXT,
            quote_start INTEGER,
            quote_end INTEGER,
            note TEXT,
            produced_by TEXT NOT NULL,
            status TEXT NOT NULL,
            document_id INTEGER REFERENCES documents (id),
            listed INTEGER,
            fingerprint_key BLOB NOT NULL
        );
        INSERT INTO claims_v7 (id, subject_id, object_id, relation, areas, directed, polarity, hedged, valid_from, valid_until,
                               source_id, quote, quote_start, quote_end, note, produced_by, status, document_id, listed, fingerprint_key)
        SELECT c.id, c.subject_id, c.object_id, c.relation, c.areas, c.directed, c.polarity, c.hedged, c.valid_from, c.valid_until,
               c.source_id,
               CASE WHEN c.quote = (SELECT substr(d.text, c.quote_start + 1, c.quote_end - c.quote_start) FROM documents d WHERE d.id = c.document_id)
                    THEN NULL ELSE c.quote END,
               c.quote_start, c.quote_end, c.note, c.produced_by, c.status, c.document_id, 1, c.fingerprint_key
        FROM claims c;
        DROP TABLE claims;
        ALTER TABLE claims_v7 RENAME TO claims;
        CREATE UNIQUE INDEX ux_claims_source_key ON claims (source_id, fingerprint_key) WHERE listed = 1;
        CREATE INDEX ix_claims_subject ON claims (subject_id, status) WHERE listed = 1;
        CREATE INDEX ix_claims_object ON claims (object_id, status) WHERE listed = 1;
        CREATE INDEX ix_claims_status ON claims (status, id) WHERE listed = 1;
        INSERT INTO meta (key, value) SELECT 'listed_through', coalesce(max(id), 0) FROM claims;
        """;
}
