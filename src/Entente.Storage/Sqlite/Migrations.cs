namespace Entente.Storage.Sqlite;

/// <summary>
/// The schema, as an append-only list: migration N brings a database from user_version N to N+1.
/// Never edit a published migration; add the next one (in a file of its own once this one is long).
/// </summary>
internal static partial class Migrations
{
    public static readonly IReadOnlyList<string> All =
    [
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO meta (key, value) VALUES ('data_version', '0');

        CREATE TABLE actors (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            official_name TEXT,
            iso2 TEXT,
            iso3 TEXT,
            capital TEXT,
            demonym TEXT,
            country TEXT,
            parent TEXT,
            governs TEXT,
            since TEXT,
            until TEXT,
            great_power INTEGER NOT NULL DEFAULT 0,
            bloc_type TEXT,
            description TEXT
        );
        CREATE INDEX ix_actors_governs ON actors (governs) WHERE governs IS NOT NULL;
        CREATE INDEX ix_actors_iso3 ON actors (iso3) WHERE iso3 IS NOT NULL;

        CREATE TABLE actor_names (
            actor_id TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            key TEXT NOT NULL,
            kind TEXT NOT NULL,
            lang TEXT,
            PRIMARY KEY (actor_id, key, kind)
        ) WITHOUT ROWID;
        CREATE INDEX ix_actor_names_key ON actor_names (key);

        CREATE TABLE sources (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            publisher TEXT NOT NULL,
            url TEXT,
            published TEXT,
            retrieved TEXT,
            content_hash TEXT,
            reliability TEXT NOT NULL
        );

        CREATE TABLE claims (
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
            fingerprint TEXT NOT NULL UNIQUE
        );
        CREATE INDEX ix_claims_subject ON claims (subject_id, status);
        CREATE INDEX ix_claims_object ON claims (object_id, status);
        """,
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            source_id TEXT NOT NULL REFERENCES sources (id),
            path TEXT,
            title TEXT,
            published TEXT,
            url TEXT,
            text TEXT NOT NULL,
            extractor TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        ALTER TABLE claims ADD COLUMN document_id INTEGER REFERENCES documents (id);
        CREATE INDEX ix_claims_document ON claims (document_id) WHERE document_id IS NOT NULL;
        CREATE INDEX ix_claims_status ON claims (status, id);

        CREATE TABLE actor_candidates (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            quote TEXT,
            first_document_id INTEGER REFERENCES documents (id),
            documents INTEGER NOT NULL DEFAULT 1,
            status TEXT NOT NULL DEFAULT 'candidate'
        );
        """,
        """
        -- UN General Assembly voting agreement, an alignment signal (not a relation): one row per pair of
        -- states (actor_a < actor_b) holding its yearly series "YEAR:IDENTICAL/VOTES YEAR:…", oldest first.
        -- One row per pair-year made 830,000 rows, eight times slower to store and to read for an answer.
        CREATE TABLE un_voting_agreement (
            actor_a TEXT NOT NULL,
            actor_b TEXT NOT NULL,
            first_year INTEGER NOT NULL,
            last_year INTEGER NOT NULL,
            series TEXT NOT NULL,
            source_id TEXT NOT NULL REFERENCES sources (id),
            PRIMARY KEY (actor_a, actor_b)
        ) WITHOUT ROWID;
        CREATE INDEX ix_un_voting_agreement_b ON un_voting_agreement (actor_b);
        """,
        // API keys for `entente serve` writes: only a SHA-256 hash of each key is kept.
        """
        CREATE TABLE api_keys (
            name TEXT PRIMARY KEY,
            hash TEXT NOT NULL UNIQUE,
            prefix TEXT NOT NULL,
            created_at TEXT NOT NULL,
            revoked_at TEXT
        );
        """,
        // Claims were unique by fingerprint alone: a hash, so each claim of a new document dirtied its
        // own random page of that index and storage was mostly writing those pages. Unique by source
        // first (the fingerprint already covers the source, so the same claims count as duplicates),
        // a document's claims share a page. SQLite cannot drop a column's UNIQUE: the table is rebuilt.
        """
        CREATE TABLE claims_rekeyed (
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
            fingerprint TEXT NOT NULL,
            document_id INTEGER REFERENCES documents (id)
        );
        INSERT INTO claims_rekeyed (id, subject_id, object_id, relation, areas, directed, polarity, hedged, valid_from, valid_until,
                                    source_id, quote, quote_start, quote_end, note, produced_by, status, fingerprint, document_id)
        SELECT id, subject_id, object_id, relation, areas, directed, polarity, hedged, valid_from, valid_until,
               source_id, quote, quote_start, quote_end, note, produced_by, status, fingerprint, document_id
        FROM claims;
        DROP TABLE claims;
        ALTER TABLE claims_rekeyed RENAME TO claims;
        CREATE UNIQUE INDEX ux_claims_source_fingerprint ON claims (source_id, fingerprint);
        CREATE INDEX ix_claims_subject ON claims (subject_id, status);
        CREATE INDEX ix_claims_object ON claims (object_id, status);
        CREATE INDEX ix_claims_document ON claims (document_id) WHERE document_id IS NOT NULL;
        CREATE INDEX ix_claims_status ON claims (status, id);
        """,
        // An ingested document's claims went into four indexes at once (by subject, by object, by status,
        // by document); each claim dirtied the index page of its own actor, and every dirty page is written
        // to the log again at every commit: ~15 of a document's ~28 page writes. New claims of ingested
        // documents now wait unlisted (listed IS NULL), found by a small index on id, and are moved into
        // the indexes thousands at a time, where one page takes many entries. Reads look in both. Claims
        // of a document are found through its source (the unique key starts with it), so the by-document
        // index goes. The unique key keeps the fingerprint's first 8 bytes instead of its 64 hex digits:
        // a third of the size, its pages split (and are written) less often; two claims of one source
        // alike in 64 bits of a SHA-256 do not happen.
        """
        ALTER TABLE claims ADD COLUMN listed INTEGER;
        ALTER TABLE claims ADD COLUMN fingerprint_key BLOB;
        UPDATE claims SET listed = 1, fingerprint_key = unhex(substr(fingerprint, 1, 16));
        DROP INDEX ux_claims_source_fingerprint;
        CREATE UNIQUE INDEX ux_claims_source_key ON claims (source_id, fingerprint_key);
        DROP INDEX ix_claims_subject;
        DROP INDEX ix_claims_object;
        DROP INDEX ix_claims_status;
        DROP INDEX ix_claims_document;
        CREATE INDEX ix_claims_subject ON claims (subject_id, status) WHERE listed = 1;
        CREATE INDEX ix_claims_object ON claims (object_id, status) WHERE listed = 1;
        CREATE INDEX ix_claims_status ON claims (status, id) WHERE listed = 1;
        CREATE INDEX ix_claims_unlisted ON claims (id) WHERE listed IS NULL;
        """,
        SchemaSeven,
    ];
}
