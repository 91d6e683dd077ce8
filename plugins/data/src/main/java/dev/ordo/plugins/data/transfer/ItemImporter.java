package dev.ordo.plugins.data.transfer;

import java.io.IOException;
import java.io.InputStream;

/** Reads the items of one import format from a stream, without loading the stream whole. */
public interface ItemImporter {

    /** Starts reading; nothing is read until the first {@code hasNext()}, except what a format needs to sniff. */
    ImportedItems read(InputStream in) throws IOException;
}
