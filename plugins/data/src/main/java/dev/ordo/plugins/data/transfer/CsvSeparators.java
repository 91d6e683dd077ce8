package dev.ordo.plugins.data.transfer;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Guesses the separator of a CSV file from its header line, as Directus's parser (Papa Parse) guesses it: spreadsheet
 * programs write {@code ;} where the comma is the decimal mark, and tabs are common too. The candidate that occurs
 * most often outside quotes in the first line wins; ties and a line without any go to the comma.
 */
final class CsvSeparators {

    static final int LOOK_AHEAD = 64 * 1024;
    private static final char[] CANDIDATES = {',', ';', '\t', '|'};

    private CsvSeparators() {
    }

    /** Reads at most {@value #LOOK_AHEAD} characters of the first line and resets the reader to where it was. */
    static char guess(BufferedReader reader) throws IOException {
        reader.mark(LOOK_AHEAD + 1);
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int read = 0, c = reader.read(); c >= 0 && read < LOOK_AHEAD; read++, c = reader.read()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int i = 0; i < CANDIDATES.length; i++) {
                    if (c == CANDIDATES[i]) {
                        counts[i]++;
                    }
                }
            }
        }
        reader.reset();
        int best = 0;
        for (int i = 1; i < CANDIDATES.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return CANDIDATES[best];
    }
}
