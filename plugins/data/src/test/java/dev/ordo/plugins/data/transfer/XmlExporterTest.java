package dev.ordo.plugins.data.transfer;

import static dev.ordo.plugins.data.testing.JsonMaps.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class XmlExporterTest {

    private final XmlExporter exporter = new XmlExporter();

    @Test
    void writesJs2xmlparsersShape() throws Exception {
        assertThat(Samples.export(exporter, List.of(Samples.article()))).isEqualTo("""
            <?xml version='1.0'?>
            <data>
                <data>
                    <id>1</id>
                    <title>Hello, "world"</title>
                    <author>
                        <name>Ada</name>
                        <born>1815</born>
                    </author>
                    <tags>a</tags>
                    <tags>b</tags>
                    <published>true</published>
                    <rating>4.5</rating>
                    <note>null</note>
                </data>
            </data>""");
    }

    @Test
    void writesAnEmptyRootForNoItems() throws Exception {
        assertThat(Samples.export(exporter, List.of())).isEqualTo("<?xml version='1.0'?>\n<data/>");
    }

    @Test
    void writesOneItemAsTheRoot() throws Exception {
        assertThat(Samples.exportOne(exporter, object("id", 1, "author", object("name", "Ada")))).isEqualTo("""
            <?xml version='1.0'?>
            <data>
                <id>1</id>
                <author>
                    <name>Ada</name>
                </author>
            </data>""");
    }

    @Test
    void arraysRepeatTheirElementAndObjectsInArraysNest() throws Exception {
        String xml = Samples.export(exporter, List.of(object(
            "empty", List.of(), "nested", List.of(List.of(1, 2), 3), "people", List.of(object("name", "Ada"), Map.of()))));

        assertThat(xml).isEqualTo("""
            <?xml version='1.0'?>
            <data>
                <data>
                    <nested>1</nested>
                    <nested>2</nested>
                    <nested>3</nested>
                    <people>
                        <name>Ada</name>
                    </people>
                    <people/>
                </data>
            </data>""");
    }

    @Test
    void staysWellFormedWhateverTheNamesAndText() throws Exception {
        String text = "<b>&amp;</b> ]]> \"quotes\" 'apostrophes' \u0001bell\u0000 tab\t cr\r lf\n \uD800 \uD83D\uDE00";
        Map<String, Object> item = object("2fa", "digits", "first name", "space", "a:b", "colon", "", "empty",
            "ok-name.1", text);

        String xml = Samples.export(exporter, List.of(item));
        Document document = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        Element row = (Element) document.getDocumentElement().getElementsByTagName("data").item(0);
        assertThat(row.getElementsByTagName("_2fa").item(0).getTextContent()).isEqualTo("digits");
        assertThat(row.getElementsByTagName("first_name").item(0).getTextContent()).isEqualTo("space");
        assertThat(row.getElementsByTagName("a_b").item(0).getTextContent()).isEqualTo("colon");
        assertThat(row.getElementsByTagName("_").item(0).getTextContent()).isEqualTo("empty");
        assertThat(row.getElementsByTagName("ok-name.1").item(0).getTextContent()).isEqualTo(
            "<b>&amp;</b> ]]> \"quotes\" 'apostrophes' \uFFFDbell\uFFFD tab\t cr\r lf\n \uFFFD \uD83D\uDE00");
        assertThat(xml).contains("&lt;b&gt;&amp;amp;&lt;/b&gt; ]]&gt;", "cr&#13; lf");
    }

    @Test
    void streamsWithoutHoldingTheItems() throws Exception {
        Samples.CountingItems items = new Samples.CountingItems(20_000);
        Samples.FirstWriteProbe out = new Samples.FirstWriteProbe(items);

        exporter.write(items, out);

        assertThat(items.pulled).isEqualTo(20_000);
        assertThat(out.pulledAtFirstWrite).isBetween(1, 1_000);
    }
}
