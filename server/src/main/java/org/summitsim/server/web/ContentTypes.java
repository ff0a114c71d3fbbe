package org.summitsim.server.web;

import java.util.Locale;
import java.util.Map;

/** The Content-Type of a site file, by its extension; the site holds no other kinds of file. */
final class ContentTypes {

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "json", "application/json",
            "txt", "text/plain; charset=utf-8",
            "png", "image/png");

    private ContentTypes() {}

    /** The type for a file name, or null when the site does not serve that kind of file. */
    static String of(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Text compresses well; PNG is compressed already. */
    static boolean compressible(String type) {
        return type.startsWith("text/") || type.contains("json") || type.contains("svg");
    }
}
