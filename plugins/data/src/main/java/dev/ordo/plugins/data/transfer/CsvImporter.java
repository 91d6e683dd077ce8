package dev.ordo.plugins.data.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.ordo.api.error.InvalidPayloadException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CSV imports, record by record, following Directus's import:
 * <ul>
 *   <li>UTF-8, with or without a byte order mark; RFC 4180 quoting (quoted cells may hold separators, doubled
 *       quotes and line breaks); the separator is guessed from the header line ({@link CsvSeparators});</li>
 *   <li>the first record is the header: field names, trimmed; a name twice is an error;</li>
 *   <li>dotted names nest ({@code author.name} gives {@code {"author": {"name": ...}}}, see {@link DottedPaths}),
 *       which is what Directus's lodash {@code set} does and what the CSV export writes for nested objects;</li>
 *   <li>empty cells are left out of the item; the others are JSON values where they parse as JSON, numbers
 *       excepted ({@link CsvCellValues});</li>
 *   <li>a record may have fewer cells than the header (the missing fields are left out), but a value in a column
 *       without a header name is an error rather than lost.</li>
 * </ul>
 * Blank lines and records whose cells are all empty are skipped: Directus would import them as items holding only
 * defaults. They still count as rows, so row numbers stay those of the file's records.
 */
public final class CsvImporter implements ItemImporter {

    private static final CsvFactory FACTORY = CsvFactory.builder()
        .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
        .build();
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    @Override
    public ImportedItems read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        skipByteOrderMark(reader);
        char separator = CsvSeparators.guess(reader);
        CsvParser parser = (CsvParser) FACTORY.createParser(reader);
        parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator));
        return new Items(parser);
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != BYTE_ORDER_MARK) {
            reader.reset();
        }
    }

    private static final class Items extends ReadAheadItems {

        private final CsvParser parser;
        private List<String> header;

        Items(CsvParser parser) {
            super(parser);
            this.parser = parser;
        }

        @Override
        protected Map<String, Object> advance() {
            try {
                if (header == null) {
                    Record names = readRecord();
                    if (names == null) {
                        finished = true;
                        return null;
                    }
                    header = headerOf(names);
                }
                Record record = readRecord();
                if (record == null) {
                    finished = true;
                    return null;
                }
                rowsRead++;
                return itemOf(record);
            } catch (JsonProcessingException e) {
                finished = true;
                throw new InvalidPayloadException("Invalid CSV" + (header != null ? " after row " + rowsRead : "")
                    + " at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
            } catch (IOException e) {
                finished = true;
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                finished = true;
                throw e;
            }
        }

        private record Record(List<String> cells, int line) {
        }

        private Record readRecord() throws IOException {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return null;
            }
            List<String> cells = new ArrayList<>();
            int line = -1;
            while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
                if (line < 0) {
                    line = parser.currentTokenLocation().getLineNr();
                }
                cells.add(parser.getText());
            }
            return new Record(cells, line);
        }

        private static List<String> headerOf(Record names) {
            List<String> header = new ArrayList<>(names.cells().size());
            Set<String> seen = new HashSet<>();
            for (String cell : names.cells()) {
                String name = cell.strip();
                if (!name.isEmpty() && !seen.add(name)) {
                    throw new InvalidPayloadException("The CSV header (line " + names.line() + ") names the field \""
                        + name + "\" twice");
                }
                header.add(name);
            }
            return header;
        }

        private Map<String, Object> itemOf(Record record) {
            Map<String, Object> item = new LinkedHashMap<>();
            List<String> cells = record.cells();
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i);
                if (cell.isEmpty()) {
                    continue;
                }
                String name = i < header.size() ? header.get(i) : "";
                if (name.isEmpty()) {
                    throw new InvalidPayloadException("Row " + rowsRead + " (line " + record.line()
                        + ") has a value in column " + (i + 1) + ", which the header does not name");
                }
                DottedPaths.put(item, name, CsvCellValues.valueOf(cell));
            }
            return item.isEmpty() ? null : item;
        }
    }
}
