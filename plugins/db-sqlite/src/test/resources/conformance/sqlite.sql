-- The introspection conformance fixture, SQLite flavour. Statements are separated by ';' at line ends.
CREATE TABLE authors (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name VARCHAR(100) NOT NULL UNIQUE,
  email VARCHAR(255),
  bio TEXT,
  born DATE,
  active BOOLEAN NOT NULL DEFAULT 1,
  rating DECIMAL(5,2) DEFAULT 1.5,
  score REAL,
  views BIGINT DEFAULT 0,
  rank SMALLINT,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  updated_at DATETIME,
  wakes_at TIME,
  profile JSON,
  avatar BLOB,
  uid UUID,
  status VARCHAR(20) NOT NULL DEFAULT 'draft'
);
CREATE TABLE tags (
  code VARCHAR(20) PRIMARY KEY,
  label VARCHAR(50) NOT NULL,
  label_upper VARCHAR(50) GENERATED ALWAYS AS (upper(label)) STORED
);
CREATE TABLE articles (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  author_id INTEGER NOT NULL REFERENCES authors (id) ON DELETE CASCADE ON UPDATE CASCADE,
  editor_id INTEGER REFERENCES authors (id) ON DELETE SET NULL ON UPDATE RESTRICT,
  title VARCHAR(200) NOT NULL,
  slug VARCHAR(200),
  body TEXT
);
CREATE UNIQUE INDEX articles_slug_unique ON articles (slug);
CREATE INDEX articles_title_index ON articles (title);
CREATE INDEX articles_author_id_index ON articles (author_id);
CREATE INDEX articles_editor_id_index ON articles (editor_id);
CREATE TABLE article_tags (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE ON UPDATE CASCADE,
  tag_code VARCHAR(20) NOT NULL REFERENCES tags (code) ON DELETE RESTRICT ON UPDATE CASCADE,
  PRIMARY KEY (article_id, tag_code)
);
CREATE INDEX article_tags_tag_code_index ON article_tags (tag_code);
CREATE TABLE uuid_items (
  id UUID PRIMARY KEY,
  note TEXT
);
CREATE TABLE event_log (
  message TEXT,
  logged_at TIMESTAMP
);
CREATE VIEW author_names AS SELECT id, name FROM authors;
INSERT INTO authors (name, email, active, uid) VALUES ('Ada', 'ada@example.com', 1, '6f0e4c2a-1b7d-4f5e-9a3c-2d8b7e6f5a41');
INSERT INTO tags (code, label) VALUES ('java', 'Java');
INSERT INTO articles (author_id, title, slug) VALUES (1, 'Hello', 'hello');
INSERT INTO article_tags (article_id, tag_code) VALUES (1, 'java');
INSERT INTO event_log (message) VALUES ('created');
