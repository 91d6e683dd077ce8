package dev.ordo.plugins.data.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.error.InvalidPayloadException;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MultipartBodyTest {

    private static final String TYPE = "multipart/form-data; boundary=XyZ";

    /** What a file part held, read to its end. */
    private record File(String field, String name, String type, String content) {
    }

    private static List<File> files(String body, String contentType, int chunk) throws IOException {
        MultipartBody multipart = MultipartBody.of(new Trickle(body.getBytes(StandardCharsets.UTF_8), chunk),
            contentType);
        List<File> files = new ArrayList<>();
        for (Optional<MultipartBody.FilePart> part = multipart.nextFile(); part.isPresent();
             part = multipart.nextFile()) {
            String content = new String(part.get().content().readAllBytes(), StandardCharsets.UTF_8);
            files.add(new File(part.get().fieldName(), part.get().fileName(), part.get().mediaType(), content));
        }
        return files;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 8192})
    void filePartsAreFoundAmongFieldsHoweverTheBodyArrives(int chunk) throws IOException {
        String body = "preamble to ignore\r\n--XyZ\r\n"
            + "Content-Disposition: form-data; name=\"note\"\r\n\r\nnot a file\r\n"
            + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.json\"\r\n"
            + "Content-Type: Application/JSON; charset=utf-8\r\n\r\n[{\"a\": 1}]\r\n"
            + "--XyZ\r\ncontent-disposition: form-data; name=\"other\"; filename=\"b.csv\"\r\n\r\nx,y\r\n1,2\r\n"
            + "--XyZ--\r\nepilogue to ignore";

        assertThat(files(body, TYPE, chunk)).containsExactly(
            new File("file", "a.json", "application/json", "[{\"a\": 1}]"),
            new File("other", "b.csv", "text/plain", "x,y\r\n1,2"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 8192})
    void contentThatOnlyResemblesTheBoundaryIsContent(int chunk) throws IOException {
        String body = "--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"t.csv\"\r\n\r\n"
            + "a\r\n--Xy\r\n--X\r\n--XyZ--";

        assertThat(files(body, TYPE, chunk)).extracting(File::content).containsExactly("a\r\n--Xy\r\n--X");
    }

    @Test
    void aLargeFileIsReadWhole() throws IOException {
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            // Every prefix of the delimiter but the whole, at every offset of the window.
            content.append("row ").append(i).append("\r\n--XyZ".substring(0, i % 6)).append('\n');
        }
        String body = "--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"big.csv\"\r\n\r\n"
            + content + "\r\n--XyZ--\r\n";

        assertThat(files(body, TYPE, 4000)).extracting(File::content).containsExactly(content.toString());
    }

    @Test
    void aQuotedBoundaryAndAnExtendedFileNameAreRead() throws IOException {
        String body = "--a;b\r\nContent-Disposition: form-data; name=\"f\"; filename*=UTF-8''r%C3%A9sum%C3%A9.csv\r\n"
            + "\r\nx\r\n--a;b--";

        assertThat(files(body, "multipart/form-data; charset=utf-8; boundary=\"a;b\"", 8192))
            .containsExactly(new File("f", "UTF-8''r%C3%A9sum%C3%A9.csv", "text/plain", "x"));
    }

    @Test
    void aBodyWithoutFilesHasNone() throws IOException {
        assertThat(files("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--XyZ--", TYPE, 8192))
            .isEmpty();
        assertThat(files("--XyZ--\r\n", TYPE, 8192)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; charset=x"})
    void aBoundaryIsRequired(String contentType) {
        assertThatThrownBy(() -> MultipartBody.of(InputStream.nullInputStream(), contentType))
            .isInstanceOf(InvalidPayloadException.class)
            .hasMessage("Invalid payload. Multipart: Boundary not found.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a\"\r\n\r\npartial content",
        "--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a\"\r\n\r\nx\r\n--X",
        "--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a\"\r\n",
        "--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a\"\r\n\r\nx\r\n--XyZ",
        ""})
    void aTruncatedBodyIsRefused(String body) {
        assertThatThrownBy(() -> files(body, TYPE, 8192))
            .isInstanceOf(InvalidPayloadException.class)
            .hasMessage("Invalid payload. Unexpected end of form.");
    }

    @Test
    void headerParametersAreUnquotedAndNamedInLowerCase() {
        assertThat(MultipartBody.HeaderParameters.of("form-data; Name=\"a \\\"b\\\"\"; filename=c.csv ; flag"))
            .isEqualTo(Map.of("name", "a \"b\"", "filename", "c.csv"));
    }

    /** Hands out at most {@code chunk} bytes per read, as a slow network would. */
    private static final class Trickle extends FilterInputStream {

        private final int chunk;

        Trickle(byte[] bytes, int chunk) {
            super(new ByteArrayInputStream(bytes));
            this.chunk = chunk;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            return super.read(target, offset, Math.min(length, chunk));
        }
    }
}
