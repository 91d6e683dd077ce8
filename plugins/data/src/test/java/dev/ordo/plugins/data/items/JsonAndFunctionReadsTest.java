package dev.ordo.plugins.data.items;

import static dev.ordo.plugins.data.items.ItemsTestbed.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.error.InvalidQueryException;
import dev.ordo.plugins.data.query.QueryParser;
import dev.ordo.plugins.data.query.QuerySettings;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code _json} filter, the {@code json()} and {@code count()} functions on JSON fields, function checks and
 * {@code $FOLLOW}, parsed by the real query parser and run on a real SQLite database.
 */
class JsonAndFunctionReadsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private ItemsTestbed shop;
    private final QueryParser parser = new QueryParser(QuerySettings.DEFAULTS);

    @BeforeEach
    void createShop() throws Exception {
        shop = new ItemsTestbed(folder.resolve("shop.db"),
            "CREATE TABLE products (id integer PRIMARY KEY AUTOINCREMENT, name varchar(50), meta json, list json, "
                + "released date)",
            "CREATE TABLE reviews (id integer PRIMARY KEY AUTOINCREMENT, product integer REFERENCES products (id), "
                + "body text)",
            "INSERT INTO directus_relations (many_collection, many_field, one_collection) "
                + "VALUES ('reviews', 'product', 'products')",
            "INSERT INTO products (name, meta, list, released) VALUES "
                + "('Alpha', '{\"color\":\"red\",\"size\":5,\"on\":true,\"tags\":[\"a\",\"b\"]}', '[1,2,3]', '2020-01-01'), "
                + "('Beta', '{\"color\":\"blue\",\"size\":\"10\",\"on\":false}', '[]', '2021-01-01'), "
                + "('Gamma', NULL, '{\"a\":1}', '2022-01-01'), "
                + "('Delta', '{\"color\":null,\"size\":12.5}', NULL, '2023-01-01')",
            "INSERT INTO reviews (product, body) VALUES (1, 'good'), (2, 'bad')");
    }

    @Test
    void numbersCompareAsNumbersAndOnlyMatchJsonNumbers() {
        assertThat(names("{'filter': {'meta': {'_json': {'size': {'_gt': 6}}}}}")).containsExactly("Delta");
        assertThat(names("{'filter': {'meta': {'_json': {'size': {'_in': [5, 12.5]}}}}}"))
            .containsExactly("Alpha", "Delta");
        assertThat(names("{'filter': {'meta': {'_json': {'size': {'_eq': '10'}}}}}")).containsExactly("Beta");
    }

    @Test
    void booleansAndTextCompareAsJsonWritesThem() {
        assertThat(names("{'filter': {'meta': {'_json': {'on': {'_eq': true}}}}}")).containsExactly("Alpha");
        assertThat(names("{'filter': {'meta': {'_json': {'on': {'_eq': 'false'}}}}}")).containsExactly("Beta");
        assertThat(names("{'filter': {'meta': {'_json': {'tags[1]': {'_eq': 'b'}}}}}")).containsExactly("Alpha");
        assertThat(names("{'filter': {'meta': {'_json': {'color': {'_icontains': 'LU'}}}}}")).containsExactly("Beta");
    }

    @Test
    void nullMatchesMissingPathsAndJsonNulls() {
        assertThat(names("{'filter': {'meta': {'_json': {'color': {'_null': true}}}}}"))
            .containsExactly("Gamma", "Delta");
        assertThat(names("{'filter': {'meta': {'_json': {'tags': {'_nnull': true}}}}}")).containsExactly("Alpha");
    }

    @Test
    void innerLogicalOperatorsCombinePaths() {
        assertThat(names("{'filter': {'meta': {'_json': {'_or': [{'color': {'_eq': 'red'}}, {'size': {'_gt': 12}}]}}}}"))
            .containsExactly("Alpha", "Delta");
        assertThat(names("{'filter': {'_and': [{'meta': {'_json': {'color': {'_neq': 'red'}}}}, {'name': 'Beta'}]}}"))
            .containsExactly("Beta");
    }

    @Test
    void jsonValuesKeepTheirJsonType() {
        List<Map<String, Object>> items = read("{'fields': 'name,json(meta, on),json(meta, tags),json(meta, size)'}");

        assertThat(items.get(0)).isEqualTo(Map.of("name", "Alpha", "meta_on_json", true,
            "meta_tags_json", List.of("a", "b"), "meta_size_json", 5));
        assertThat(items.get(1)).containsEntry("meta_size_json", "10").containsEntry("meta_tags_json", null);
        assertThat(items.get(2)).containsEntry("meta_on_json", null);
        assertThat(items.get(3)).containsEntry("meta_size_json", 12.5);
    }

    @Test
    void aliasesAndSortsTakeJsonToo() {
        assertThat(read("{'fields': 'shade', 'alias': {'shade': 'json(meta, color)'}, 'sort': '-json(meta, color)'}"))
            .extracting(item -> item.get("shade")).containsExactly("red", "blue", null, null);
    }

    @Test
    void countOfAJsonFieldIsTheLengthOfItsArrayAndZeroForAnotherValue() {
        assertThat(read("{'fields': 'count(list)'}")).extracting(item -> item.get("list_count"))
            .containsExactly(3L, 0L, 0L, null);
        assertThat(names("{'filter': {'count(list)': {'_gt': 1}}}")).containsExactly("Alpha");
        assertThat(names("{'sort': 'count(list),name'}")).containsExactly("Delta", "Beta", "Gamma", "Alpha");
    }

    @Test
    void functionsAreCheckedAgainstTheLanguageAndTheFieldType() {
        assertThat(reason("{'filter': {'decade(released)': {'_eq': 2020}}}"))
            .isEqualTo("Invalid filter key \"decade(released)\" on \"products\"");
        assertThat(reason("{'filter': {'hour(released)': {'_eq': 1}}}")).isEqualTo("Invalid function specified \"hour\"");
        assertThat(reason("{'sort': 'decade(released)'}")).isEqualTo("Invalid function specified \"decade\"");
        assertThat(reason("{'fields': 'json(name, a)'}")).isEqualTo("Invalid function specified \"json\"");
        assertThat(reason("{'groupBy': 'month(meta)', 'aggregate': {'count': '*'}}"))
            .isEqualTo("Invalid function specified \"month\"");
        assertThatThrownBy(() -> read("{'filter': {'decade(nope)': {'_eq': 1}}}")).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void betweenWithOtherThanTwoValuesIsIgnored() {
        assertThat(names("{'filter': {'released': {'_between': ['2020-01-01', '2021-01-01', '2022-01-01']}}}"))
            .containsExactly("Alpha", "Beta", "Gamma", "Delta");
        assertThat(names("{'filter': {'released': {'_between': ['2020-06-01', '2022-06-01']}}}"))
            .containsExactly("Beta", "Gamma");
    }

    @Test
    void followWalksAManyToOneBackwards() {
        assertThat(names("{'filter': {'$FOLLOW(reviews, product)': {'body': {'_eq': 'bad'}}}}")).containsExactly("Beta");
        assertThat(names("{'filter': {'$FOLLOW(reviews, product)': {'_none': {'body': {'_nnull': true}}}}}"))
            .containsExactly("Gamma", "Delta");
        assertThatThrownBy(() -> read("{'filter': {'$FOLLOW(reviews, body)': {'id': {'_eq': 1}}}}"))
            .isInstanceOf(ForbiddenException.class)
            .satisfies(e -> assertThat(((ForbiddenException) e).extensions().get("reason")).isEqualTo(
                "You don't have permission to access field \"$FOLLOW(reviews, body)\" in collection \"products\" or it "
                    + "does not exist. Queried in root."));
    }

    private List<Map<String, Object>> read(String singleQuotedQuery) {
        return shop.items.read("products", parser.fromJson(object(singleQuotedQuery)), admin()).data();
    }

    private List<Object> names(String singleQuotedQuery) {
        Map<String, Object> query = object(singleQuotedQuery);
        query.put("fields", "name");
        query.putIfAbsent("sort", "id");
        return shop.items.read("products", parser.fromJson(query), admin()).data().stream()
            .map(item -> item.get("name")).toList();
    }

    private String reason(String singleQuotedQuery) {
        try {
            read(singleQuotedQuery);
        } catch (InvalidQueryException e) {
            return (String) e.extensions().get("reason");
        }
        throw new AssertionError("no INVALID_QUERY for " + singleQuotedQuery);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String singleQuoted) {
        try {
            return JSON.readValue(singleQuoted.replace('\'', '"'), Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(Arrays.toString(e.getStackTrace()), e);
        }
    }
}
