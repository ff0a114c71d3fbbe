package org.summitsim.core.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A valid scenario together with the exact text it was read from and that text's content hash.
 * Rooms keep the text beside their journal and the hash in it, so that a scenario file edited
 * later changes neither a room in play nor the report of a room already played.
 *
 * @param hash "sha256:" and the hex SHA-256 of the text's UTF-8 bytes
 */
public record ScenarioFile(Scenario scenario, String text, String hash) {

    /** Reads and validates {@code text}; {@code source} names it in problems (a file name, say). */
    public static ScenarioFile parse(String text, String source) {
        return new ScenarioFile(ScenarioReader.parse(text, source), text, hash(text));
    }

    /** A shipped scenario with its text. */
    public static ScenarioFile shipped(String id) {
        return parse(ScenarioReader.shippedText(id), "shipped scenario " + id);
    }

    public String id() {
        return scenario.id();
    }

    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
