package dev.ordo.plugins.data.items;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.error.MultipleErrorsException;
import dev.ordo.api.error.OrdoException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemFileImportTest {

    private static OrdoException notNull() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("collection", "articles");
        extensions.put("field", "title");
        return new OrdoException(ErrorCode.NOT_NULL_VIOLATION, "Value for field \"title\" can't be null.", extensions);
    }

    @Test
    void aFieldErrorSaysWhichRowItCameFrom() {
        OrdoException labelled = ItemFileImport.withRow(notNull(), 7);

        assertThat(labelled.code()).isEqualTo(ErrorCode.NOT_NULL_VIOLATION);
        assertThat(labelled.getMessage()).isEqualTo("Value for field \"title\" can't be null.");
        assertThat(labelled.extensions()).containsExactly(Map.entry("collection", "articles"),
            Map.entry("field", "title"), Map.entry("rows", List.of(Map.of("type", "lines", "rows", List.of(7L)))));
    }

    @Test
    void eachOfSeveralErrorsSaysWhichRowItCameFrom() {
        OrdoException several = MultipleErrorsException.of(List.of(notNull(), notNull()));

        OrdoException labelled = ItemFileImport.withRow(several, 2);

        assertThat(labelled.errors()).hasSize(2).allSatisfy(error -> assertThat(error.extensions().get("rows"))
            .isEqualTo(List.of(Map.of("type", "lines", "rows", List.of(2L)))));
    }

    @Test
    void otherErrorsAndErrorsBeforeTheFirstRowPassAsTheyAre() {
        InvalidPayloadException malformed = new InvalidPayloadException("Row 3 (line 4) is a string, not an object");
        OrdoException beforeAnyRow = notNull();

        assertThat(ItemFileImport.withRow(malformed, 3)).isSameAs(malformed);
        assertThat(ItemFileImport.withRow(beforeAnyRow, 0)).isSameAs(beforeAnyRow);
    }
}
