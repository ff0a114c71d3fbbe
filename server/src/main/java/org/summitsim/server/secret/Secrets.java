package org.summitsim.server.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.summitsim.protocol.JoinCodes;

/** Unguessable tokens, join codes and room ids, from one secure random source. */
public final class Secrets {

    /** No 0/O, 1/I/L: codes are read aloud and typed from a projector. */
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private static final String ID_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    /** 144 random bits, URL-safe, with a prefix that says what the token is for. */
    public static String token(String prefix) {
        byte[] b = new byte[18];
        RANDOM.nextBytes(b);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Eight characters (about 40 bits) as XXXX-XXXX; guessing is throttled per address. */
    public static String joinCode() {
        String s = pick(CODE_ALPHABET, 8);
        return s.substring(0, 4) + "-" + s.substring(4);
    }

    /** A code as typed: case, spaces and dashes do not matter. */
    public static String normalizeCode(String code) {
        return JoinCodes.normalize(code);
    }

    public static String roomId() {
        return "r-" + pick(ID_ALPHABET, 6);
    }

    /** The key a token is looked up by, so lookups take the same time whatever is guessed. */
    public static String digest(String token) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pick(String alphabet, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
