package org.summitsim.tools.load;

import java.util.Locale;

/**
 * One load: {@code clients} connections in each of {@code rooms} rooms, each sending
 * {@code rate} commands a second, the realistic mix or floor statements only (full fan-out).
 */
record Load(int rooms, int clients, double rate, boolean floorOnly) {

    int connections() {
        return rooms * clients;
    }

    /** Reads {@code ROOMSxCLIENTSxRATE}, with {@code floor} after it for floor statements only: {@code 100x20x2floor}. */
    static Load parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        boolean floor = t.endsWith("floor");
        String[] parts = (floor ? t.substring(0, t.length() - 5) : t).split("x");
        try {
            if (parts.length == 3) {
                return new Load(
                        Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Double.parseDouble(parts[2]), floor);
            }
        } catch (NumberFormatException e) {
            // Said below.
        }
        throw new IllegalArgumentException("A load is ROOMSxCLIENTSxRATE, with floor after it for floor statements only"
                + " (e.g. 100x20x2 or 100x20x2floor), not \"" + text + "\"");
    }

    /** The load as {@link #parse} reads it. */
    String spec() {
        String r = rate == Math.rint(rate) ? String.valueOf((long) rate) : String.valueOf(rate);
        return rooms + "x" + clients + "x" + r + (floorOnly ? "floor" : "");
    }

    /** In words, for tables. */
    String describe() {
        return String.format(
                Locale.ROOT,
                "%,d clients, %d room%s × %d, %s/s%s",
                connections(),
                rooms,
                rooms == 1 ? "" : "s",
                clients,
                rate == Math.rint(rate) ? String.valueOf((long) rate) : String.valueOf(rate),
                floorOnly ? ", floor only" : "");
    }
}
