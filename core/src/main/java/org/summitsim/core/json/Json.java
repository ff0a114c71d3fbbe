package org.summitsim.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/** The one JSON configuration used for scenarios, the journal and the wire protocol. */
public final class Json {

    /**
     * Stated limits for every document read (scenarios, journals; the server reads client
     * messages within tighter ones): far above any real file, far below what exhausts memory.
     */
    private static final StreamReadConstraints READ_LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(64)
            .maxStringLength(1024 * 1024)
            .maxNumberLength(64)
            .maxNameLength(1024)
            .build();

    private static final ObjectMapper MAPPER = withLimits(READ_LIMITS);

    private Json() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A mapper configured as {@link #mapper()} that reads within {@code limits} (e.g. untrusted client input). */
    public static ObjectMapper withLimits(StreamReadConstraints limits) {
        return JsonMapper.builder(
                        JsonFactory.builder().streamReadConstraints(limits).build())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    /** Compact single-line JSON, as written to the journal and the wire. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The fields the object an unknown field was found in does have, in alphabetical order and
     * joined: "clause, options". (Jackson keeps them in no order a reader would follow.)
     */
    public static String knownFields(com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
        return e.getKnownPropertyIds().stream()
                .map(String::valueOf)
                .sorted()
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
