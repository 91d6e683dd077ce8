package dev.ordo.plugins.data.transfer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code xml}: the shape js2xmlparser gives Directus's exports. Root {@code <data>}, one {@code <data>} element per
 * item, one child element per field, nested objects as nested elements, arrays as the field's element repeated once
 * per value (none for an empty array), four spaces per level:
 *
 * <pre>{@code
 * <?xml version='1.0'?>
 * <data>
 *     <data>
 *         <id>1</id>
 *         <author>
 *             <name>Ada</name>
 *         </author>
 *         <tags>a</tags>
 *         <tags>b</tags>
 *     </data>
 * </data>
 * }</pre>
 *
 * <p>Unlike js2xmlparser, which fails on a field name that is not an XML name, names are repaired ({@link XmlNames});
 * {@code null} is the text {@code null}, as js2xmlparser writes it for Directus, and the empty string an empty element
 * ({@code <field/>});
 * characters XML cannot carry become U+FFFD, and carriage returns are written as {@code &#13;} so that they survive
 * parsing. Written with the JDK's streaming writer, which escapes {@code <}, {@code >} and {@code &}.
 */
public final class XmlExporter implements ItemExporter {

    static final String ROOT = "data";
    private static final String DECLARATION = "<?xml version='1.0'?>\n";
    private static final String INDENT = "    ";

    @Override
    public void write(Iterator<? extends Map<String, ?>> items, OutputStream out) throws IOException {
        write(out, xml -> {
            if (!items.hasNext()) {
                xml.writeEmptyElement(ROOT);
                return;
            }
            xml.writeStartElement(ROOT);
            while (items.hasNext()) {
                element(xml, ROOT, items.next(), 1);
            }
            newLine(xml, 0);
            xml.writeEndElement();
        });
    }

    @Override
    public void writeOne(Map<String, ?> item, OutputStream out) throws IOException {
        write(out, xml -> element(xml, ROOT, item, 0));
    }

    private interface Body {
        void writeTo(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static void write(OutputStream out, Body body) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(DECLARATION);
        try {
            // The JDK's own factory (not whatever a service lookup would find), made per export: factories are not
            // promised to be thread-safe.
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(writer);
            body.writeTo(xml);
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("the XML export could not be written", e);
        }
        writer.flush();
    }

    /** One field: an element, or for an array the element repeated per value (nested arrays flattened). */
    private static void field(XMLStreamWriter xml, String name, Object value, int depth) throws XMLStreamException {
        if (value instanceof Iterable<?> values) {
            for (Object element : values) {
                field(xml, name, element, depth);
            }
        } else if (value instanceof Object[] values) {
            for (Object element : values) {
                field(xml, name, element, depth);
            }
        } else {
            element(xml, name, value, depth);
        }
    }

    private static void element(XMLStreamWriter xml, String name, Object value, int depth) throws XMLStreamException {
        if (depth > 0) {
            newLine(xml, depth);
        }
        String elementName = XmlNames.elementName(name);
        if (value instanceof Map<?, ?> object) {
            if (object.isEmpty()) {
                xml.writeEmptyElement(elementName);
                return;
            }
            xml.writeStartElement(elementName);
            for (Map.Entry<?, ?> entry : object.entrySet()) {
                field(xml, String.valueOf(entry.getKey()), entry.getValue(), depth + 1);
            }
            newLine(xml, depth);
            xml.writeEndElement();
            return;
        }
        String text = value == null ? "null" : JsonValueWriter.toScalarText(value);
        if (text.isEmpty()) {
            xml.writeEmptyElement(elementName);
            return;
        }
        xml.writeStartElement(elementName);
        text(xml, XmlNames.characters(text));
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String text) throws XMLStreamException {
        int start = 0;
        for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', start)) {
            xml.writeCharacters(text.substring(start, cr));
            xml.writeEntityRef("#13");
            start = cr + 1;
        }
        xml.writeCharacters(text.substring(start));
    }

    private static void newLine(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(depth));
    }
}
