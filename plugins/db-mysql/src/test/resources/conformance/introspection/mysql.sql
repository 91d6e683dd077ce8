-- The introspection conformance fixture, MySQL/MariaDB flavour. Statements are separated by ';' at line ends.
CREATE TABLE authors (
  id INT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(100) NOT NULL UNIQUE,
  email VARCHAR(255),
  bio TEXT,
  born DATE,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  rating DECIMAL(5,2) DEFAULT 1.5,
  score FLOAT,
  views BIGINT DEFAULT 0,
  `rank` SMALLINT,
  created_at TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
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
  id INT AUTO_INCREMENT PRIMARY KEY,
  author_id INT NOT NULL,
  editor_id INT,
  title VARCHAR(200) NOT NULL,
  slug VARCHAR(200),
  body TEXT,
  CONSTRAINT articles_author_id_foreign FOREIGN KEY (author_id) REFERENCES authors (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT articles_editor_id_foreign FOREIGN KEY (editor_id) REFERENCES authors (id) ON DELETE SET NULL ON UPDATE RESTRICT
);
CREATE UNIQUE INDEX articles_slug_unique ON articles (slug);
CREATE INDEX articles_title_index ON articles (title);
CREATE INDEX articles_author_id_index ON articles (author_id);
CREATE INDEX articles_editor_id_index ON articles (editor_id);
CREATE TABLE article_tags (
  article_id INT NOT NULL,
  tag_code VARCHAR(20) NOT NULL,
  PRIMARY KEY (article_id, tag_code),
  CONSTRAINT article_tags_article_id_foreign FOREIGN KEY (article_id) REFERENCES articles (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT article_tags_tag_code_foreign FOREIGN KEY (tag_code) REFERENCES tags (code) ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX article_tags_tag_code_index ON article_tags (tag_code);
CREATE TABLE uuid_items (
  id UUID PRIMARY KEY,
  note TEXT
);
CREATE TABLE event_log (
  message TEXT,
  logged_at TIMESTAMP NULL
);
CREATE VIEW author_names AS SELECT id, name FROM authors;
INSERT INTO authors (name, email, active, uid) VALUES ('Ada', 'ada@example.com', TRUE, '6f0e4c2a-1b7d-4f5e-9a3c-2d8b7e6f5a41');
INSERT INTO tags (code, label) VALUES ('java', 'Java');
INSERT INTO articles (author_id, title, slug) VALUES (1, 'Hello', 'hello');
INSERT INTO article_tags (article_id, tag_code) VALUES (1, 'java');
INSERT INTO event_log (message) VALUES ('created');
