package dev.ordo.plugins.data.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlNamesTest {

    @Test
    void keepsValidNames() {
        assertThat(XmlNames.elementName("title")).isEqualTo("title");
        assertThat(XmlNames.elementName("date_created")).isEqualTo("date_created");
        assertThat(XmlNames.elementName("a-b.c1")).isEqualTo("a-b.c1");
        assertThat(XmlNames.elementName("titre_été")).isEqualTo("titre_été");
        assertThat(XmlNames.elementName("名前")).isEqualTo("名前");
    }

    @Test
    void repairsInvalidNames() {
        assertThat(XmlNames.elementName("")).isEqualTo("_");
        assertThat(XmlNames.elementName("2fa")).isEqualTo("_2fa");
        assertThat(XmlNames.elementName("-x")).isEqualTo("_-x");
        assertThat(XmlNames.elementName("first name")).isEqualTo("first_name");
        assertThat(XmlNames.elementName("ns:tag")).isEqualTo("ns_tag");
        assertThat(XmlNames.elementName("<&>\"")).isEqualTo("____");
        assertThat(XmlNames.elementName("$count")).isEqualTo("_count");
        assertThat(XmlNames.elementName("😀")).isEqualTo("😀");
    }

    @Test
    void replacesCharactersXmlCannotCarry() {
        assertThat(XmlNames.characters("plain\ttext\r\n")).isEqualTo("plain\ttext\r\n");
        assertThat(XmlNames.characters("a\u0000b\u001Fc\uFFFEd")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
        assertThat(XmlNames.characters("lone \uDC00 and pair \uD83D\uDE00")).isEqualTo("lone \uFFFD and pair \uD83D\uDE00");
    }
}
