package org.summitsim.server.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which web pages may open a WebSocket to this server. A browser names the page's origin in the
 * {@code Origin} header; the server accepts its own origin (the scheme it speaks, and the host
 * and port the browser reached it at, as in the {@code Host} header) and the origins it was
 * told to allow ({@code --allow-origin}). Without that check any page a student visits could
 * play their seat from their browser. Programs that are not browsers send no Origin and are
 * not concerned.
 */
public final class OriginPolicy {

    /** Allows every origin; for development only. */
    public static final String ANY = "*";

    private final List<String> allowed;
    private final boolean any;

    /** @param allowed origins such as {@code http://school.example:8080}, or {@code *} */
    public OriginPolicy(List<String> allowed) {
        List<String> normal = new ArrayList<>();
        boolean all = false;
        for (String a : allowed) {
            if (a.strip().equals(ANY)) {
                all = true;
                continue;
            }
            Origin o = Origin.parse(a.strip());
            if (o == null) {
                throw new IllegalArgumentException("--allow-origin needs an origin such as http://school.example:7777"
                        + " (scheme, host and port, no path), or *; \"" + a + "\" is not one.");
            }
            normal.add(o.toString());
        }
        this.allowed = List.copyOf(normal);
        this.any = all;
    }

    public static OriginPolicy sameOriginOnly() {
        return new OriginPolicy(List.of());
    }

    /**
     * Whether a WebSocket upgrade may go ahead.
     *
     * @param origin the request's Origin header, null when there is none
     * @param host the request's Host header
     * @param tls whether the connection is TLS (the page then came from https)
     */
    public boolean allows(String origin, String host, boolean tls) {
        if (origin == null) {
            return true;
        }
        if (any) {
            return true;
        }
        Origin o = Origin.parse(origin.strip());
        if (o == null) {
            return false;
        }
        if (allowed.contains(o.toString())) {
            return true;
        }
        String scheme = tls ? "https" : "http";
        Origin own = host == null ? null : Origin.parse(scheme + "://" + host.strip());
        return own != null && own.equals(o);
    }

    /** An origin with its default port filled in, lower case. */
    private record Origin(String scheme, String host, int port) {

        static Origin parse(String text) {
            try {
                URI u = new URI(text);
                String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
                if (!Objects.equals(scheme, "http") && !Objects.equals(scheme, "https")
                        || u.getHost() == null
                        || u.getRawUserInfo() != null
                        || u.getRawQuery() != null
                        || u.getRawFragment() != null
                        || u.getRawPath() != null
                                && !u.getRawPath().isEmpty()
                                && !u.getRawPath().equals("/")) {
                    return null;
                }
                int port = u.getPort() >= 0 ? u.getPort() : scheme.equals("https") ? 443 : 80;
                return new Origin(scheme, u.getHost().toLowerCase(Locale.ROOT), port);
            } catch (java.net.URISyntaxException e) {
                return null;
            }
        }

        @Override
        public String toString() {
            return scheme + "://" + host + ":" + port;
        }
    }
}
