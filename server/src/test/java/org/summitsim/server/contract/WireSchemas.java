package org.summitsim.server.contract;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The published JSON Schemas of the protocol (docs/schema/), read from the docs themselves so a
 * test fails when the server and the published schemas part ways.
 */
public final class WireSchemas {

    /** The {@code $id} prefix of every schema file; read from the docs folder. */
    private static final String BASE = "https://summitsim.org/schema/";

    private final Schema client;
    private final Schema server;

    private WireSchemas(Path folder) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(id -> id.startsWith(BASE) ? read(folder.resolve(id.substring(BASE.length()))) : null));
        client = registry.getSchema(SchemaLocation.of(BASE + "client-message.schema.json"));
        server = registry.getSchema(SchemaLocation.of(BASE + "server-message.schema.json"));
    }

    /** The schemas in docs/schema of this checkout. */
    public static WireSchemas load() {
        return new WireSchemas(folder());
    }

    /** docs/schema of this checkout, found from the module's working directory. */
    public static Path folder() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docs/schema"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "docs/schema not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("docs/schema");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with {@code json} as a message a client sends; empty when it is valid. */
    public List<String> clientProblems(String json) {
        return problems(client, json);
    }

    /** What is wrong with {@code json} as a message the server sends; empty when it is valid. */
    public List<String> serverProblems(String json) {
        return problems(server, json);
    }

    private static List<String> problems(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON).stream()
                .map(Error::toString)
                .toList();
    }
}
