package dev.ordo.plugins.data.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CsvSeparatorsTest {

    private static char guess(String text) throws IOException {
        BufferedReader reader = new BufferedReader(new StringReader(text));
        char separator = CsvSeparators.guess(reader);
        assertThat(reader.readLine()).isEqualTo(text.lines().findFirst().orElse(null));
        return separator;
    }

    @Test
    void picksTheMostFrequentCandidateOfTheFirstLine() throws IOException {
        assertThat(guess("id,name,title\n1;2;3;4;5\n")).isEqualTo(',');
        assertThat(guess("id;name;title\n1,2\n")).isEqualTo(';');
        assertThat(guess("id\tname\n")).isEqualTo('\t');
        assertThat(guess("id|name\n")).isEqualTo('|');
    }

    @Test
    void ignoresSeparatorsInsideQuotes() throws IOException {
        assertThat(guess("\"a,b,c\";d\n")).isEqualTo(';');
        assertThat(guess("\"multi\nline,,,\";x\n")).isEqualTo(';');
    }

    @Test
    void defaultsToTheComma() throws IOException {
        assertThat(guess("id\n1\n")).isEqualTo(',');
        assertThat(guess("")).isEqualTo(',');
        assertThat(guess("a,b;c\n")).isEqualTo(',');
    }

    @Test
    void looksOnlyAsFarAsItsLimit() throws IOException {
        String longHeader = "x".repeat(CsvSeparators.LOOK_AHEAD + 10) + ";a;b\n";
        BufferedReader reader = new BufferedReader(new StringReader(longHeader));

        assertThat(CsvSeparators.guess(reader)).isEqualTo(',');
        assertThat(reader.readLine()).hasSize(longHeader.length() - 1);
    }
}
