/**
 * Streaming exports and imports of items, as {@code ?export=} and {@code /utils/import|export} use them. Pure: no
 * database, no HTTP; items are plain JSON values ({@code Map}, {@code List}, {@code String}, {@code Number},
 * {@code Boolean}, {@code null}).
 *
 * <p>Exporters ({@link dev.ordo.plugins.data.transfer.ExportFormat}) write an iterator of items to a stream, holding
 * one item at a time (CSV holds a bounded sample to find its header). The output follows what Directus writes:
 * <ul>
 *   <li>json: a JSON array indented with tabs, byte for byte as {@code JSON.stringify(items, null, '\t')};</li>
 *   <li>csv, csv_utf8: json2csv's shape (header and strings always quoted, numbers and booleans bare, {@code null}
 *       empty, nested objects flattened to dotted columns, arrays as JSON text), lines ending in {@code \n};
 *       csv_utf8 starts with a UTF-8 byte order mark;</li>
 *   <li>xml: js2xmlparser's shape: root {@code <data>}, one {@code <data>} element per item, fields as child
 *       elements, arrays as repeated elements, four-space indentation;</li>
 *   <li>yaml: a block sequence of mappings.</li>
 * </ul>
 *
 * <p>Importers ({@link dev.ordo.plugins.data.transfer.ImportFormat}) read a stream into an iterator of items, one at a
 * time; malformed input fails with {@code INVALID_PAYLOAD} naming the row and line.
 */
package dev.ordo.plugins.data.transfer;
