package org.summitsim.protocol;

/**
 * A room's join code as people type it: case, spaces and dashes do not matter, so {@code kq7md3xp},
 * {@code KQ7M-D3XP} and {@code kq7m d3xp} are one code. The server looks rooms up by this form and
 * clients key what they remember of a room by it.
 */
public final class JoinCodes {

    private JoinCodes() {}

    /** The code's letters and digits, in upper case. */
    public static String normalize(String code) {
        StringBuilder sb = new StringBuilder(8);
        for (char c : code.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toUpperCase(c));
            }
        }
        return sb.toString();
    }
}
