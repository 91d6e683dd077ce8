package dev.ordo.platform.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One scenario file of the conformance suite (see conformance/scenarios/README.md): the schema it creates through
 * the API, the items it seeds, and its request/answer scenarios, run once per primary key type it lists.
 */
record ScenarioFile(String name, JsonNode spec) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String FOLDER = "conformance/scenarios";

    /**
     * Every {@code *.yaml} file of the suite, by name. Files named {@code *.pending.yaml} document behaviour Ordo does
     * not have yet and are skipped, unless the system property {@code conformance.pending=true} is set. The system
     * property {@code conformance.files} (comma-separated name prefixes, e.g. {@code 020,031}) runs only some files.
     */
    static List<ScenarioFile> all() {
        URL folder = ScenarioFile.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            List<ScenarioFile> all = new ArrayList<>();
            for (Path file : files.filter(ScenarioFile::selected).sorted().toList()) {
                all.add(load(file));
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean selected(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".yaml") || name.equals("README.yaml")) {
            return false;
        }
        if (name.endsWith(".pending.yaml") && !Boolean.getBoolean("conformance.pending")) {
            return false;
        }
        String only = System.getProperty("conformance.files", "").trim();
        if (only.isEmpty()) {
            return true;
        }
        for (String prefix : only.split(",")) {
            if (!prefix.isBlank() && name.startsWith(prefix.trim())) {
                return true;
            }
        }
        return false;
    }

    private static ScenarioFile load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new ScenarioFile(file.getFileName().toString(), YAML.readTree(in));
        }
    }

    List<PrimaryKeyType> primaryKeyTypes() {
        List<PrimaryKeyType> types = new ArrayList<>();
        spec.path("primary_keys").forEach(type -> types.add(PrimaryKeyType.of(type.asText())));
        return types.isEmpty() ? List.of(PrimaryKeyType.INTEGER) : types;
    }

    JsonNode collections() {
        return spec.path("collections");
    }

    JsonNode relations() {
        return spec.path("relations");
    }

    JsonNode fields() {
        return spec.path("fields");
    }

    JsonNode seed() {
        return spec.path("seed");
    }

    JsonNode scenarios() {
        return spec.path("scenarios");
    }

    /** The scenarios that apply to {@code keyType}: all, except those whose {@code key_types} leave it out. */
    List<JsonNode> scenarios(PrimaryKeyType keyType) {
        List<JsonNode> applicable = new ArrayList<>();
        for (JsonNode scenario : scenarios()) {
            if (!scenario.has("key_types") || appliesTo(scenario.get("key_types"), keyType)) {
                applicable.add(scenario);
            }
        }
        return applicable;
    }

    private static boolean appliesTo(JsonNode keyTypes, PrimaryKeyType keyType) {
        for (JsonNode type : keyTypes) {
            if (PrimaryKeyType.of(type.asText()) == keyType) {
                return true;
            }
        }
        return false;
    }
}
