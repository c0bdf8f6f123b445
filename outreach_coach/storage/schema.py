"""The library's schema as forward migrations, one per ``PRAGMA user_version``.

Migration N turns a version N-1 database into version N inside one transaction; a database is
never left between versions. Never edit a released migration – add the next one.
"""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: people and their drafts
    """
    CREATE TABLE profiles (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        salutation TEXT NOT NULL DEFAULT '',
        company TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE TABLE drafts (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER REFERENCES profiles(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE INDEX drafts_profile ON drafts(profile_id, updated);
    """,
    # 2: role, tags, Du/Sie preference and contact fields (for imports)
    """
    ALTER TABLE profiles ADD COLUMN role TEXT NOT NULL DEFAULT '';
    ALTER TABLE profiles ADD COLUMN tags TEXT NOT NULL DEFAULT '';
    ALTER TABLE profiles ADD COLUMN address_form TEXT NOT NULL DEFAULT '';
    ALTER TABLE profiles ADD COLUMN email TEXT NOT NULL DEFAULT '';
    ALTER TABLE profiles ADD COLUMN url TEXT NOT NULL DEFAULT '';
    """,
    # 3: what was sent (with MinHash signature and LSH bands), suppressions, settings
    """
    CREATE TABLE sent (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER REFERENCES profiles(id) ON DELETE CASCADE,
        recipient TEXT NOT NULL,
        text TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        signature BLOB NOT NULL
    );
    CREATE INDEX sent_profile ON sent(profile_id);
    CREATE INDEX sent_time ON sent(sent_at);
    CREATE TABLE sent_bands (
        band INTEGER NOT NULL,
        sent_id INTEGER NOT NULL REFERENCES sent(id) ON DELETE CASCADE
    );
    CREATE INDEX sent_bands_band ON sent_bands(band);
    CREATE INDEX sent_bands_sent ON sent_bands(sent_id);
    CREATE TABLE suppressions (
        id INTEGER PRIMARY KEY,
        rule TEXT NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        UNIQUE (rule, text)
    );
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # 4: full-text search over people (umlauts match their plain spelling: Müller ~ Muller)
    """
    CREATE VIRTUAL TABLE profiles_fts USING fts5(
        name, company, role, notes, tags,
        content='profiles', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER profiles_ai AFTER INSERT ON profiles BEGIN
        INSERT INTO profiles_fts(rowid, name, company, role, notes, tags)
        VALUES (new.id, new.name, new.company, new.role, new.notes, new.tags);
    END;
    CREATE TRIGGER profiles_ad AFTER DELETE ON profiles BEGIN
        INSERT INTO profiles_fts(profiles_fts, rowid, name, company, role, notes, tags)
        VALUES ('delete', old.id, old.name, old.company, old.role, old.notes, old.tags);
    END;
    CREATE TRIGGER profiles_au AFTER UPDATE ON profiles BEGIN
        INSERT INTO profiles_fts(profiles_fts, rowid, name, company, role, notes, tags)
        VALUES ('delete', old.id, old.name, old.company, old.role, old.notes, old.tags);
        INSERT INTO profiles_fts(rowid, name, company, role, notes, tags)
        VALUES (new.id, new.name, new.company, new.role, new.notes, new.tags);
    END;
    INSERT INTO profiles_fts(profiles_fts) VALUES ('rebuild');
    """,
    # 5: replies (none / replied on a date / no reply) and what the coach measured at send time
    # (score, channel, words, questions about the recipient), for follow-ups and stats.
    # NULL means "not measured" (recorded before version 5 or outside the app).
    """
    ALTER TABLE sent ADD COLUMN reply TEXT NOT NULL DEFAULT ''
        CHECK (reply IN ('', 'replied', 'no_reply'));
    ALTER TABLE sent ADD COLUMN replied_on TEXT NOT NULL DEFAULT '';
    ALTER TABLE sent ADD COLUMN score INTEGER;
    ALTER TABLE sent ADD COLUMN channel TEXT NOT NULL DEFAULT '';
    ALTER TABLE sent ADD COLUMN words INTEGER;
    ALTER TABLE sent ADD COLUMN questions_about_them INTEGER;
    CREATE INDEX sent_reply ON sent(reply, sent_at);
    """,
    # 6: a change counter of the sent history, kept by the file itself: every insert, edit and
    # delete of a sent message (cascades and other processes included) raises it, a saved draft
    # does not, so the newest messages read for the copy check survive the draft's autosave
    """
    CREATE TABLE sent_version (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        version INTEGER NOT NULL
    );
    INSERT INTO sent_version (id, version) VALUES (1, 0);
    CREATE TRIGGER sent_version_ai AFTER INSERT ON sent BEGIN
        UPDATE sent_version SET version = version + 1 WHERE id = 1;
    END;
    CREATE TRIGGER sent_version_au AFTER UPDATE ON sent BEGIN
        UPDATE sent_version SET version = version + 1 WHERE id = 1;
    END;
    CREATE TRIGGER sent_version_ad AFTER DELETE ON sent BEGIN
        UPDATE sent_version SET version = version + 1 WHERE id = 1;
    END;
    """,
)
LATEST = len(MIGRATIONS)
