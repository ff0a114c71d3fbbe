package org.summitsim.server.web;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import java.util.regex.Pattern;

/**
 * The headers every HTTP answer carries. The Content-Security-Policy lets a page run only the
 * server's own scripts and styles (no inline script, nothing from elsewhere) and talk only to
 * the server itself, so even text that slipped through unescaped could not run or call out.
 */
final class SecurityHeaders {

    /** A Host header we are willing to repeat in the policy: a name or address and a port. */
    private static final Pattern SAFE_HOST =
            Pattern.compile("[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]{2,45}\\](:[0-9]{1,5})?");

    private SecurityHeaders() {}

    /**
     * The policy for an answer to a request with this Host header. {@code 'self'} covers the
     * page's own WebSocket in current browsers; the explicit ws:/wss: source covers older ones.
     */
    static String contentSecurityPolicy(String host, boolean tls) {
        String socket =
                host != null && SAFE_HOST.matcher(host).matches() ? " " + (tls ? "wss://" : "ws://") + host : "";
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self';"
                + " connect-src 'self'" + socket + "; object-src 'none'; base-uri 'none'; form-action 'self';"
                + " frame-ancestors 'none'";
    }

    static void add(HttpHeaders headers, String host, boolean tls) {
        headers.set("Content-Security-Policy", contentSecurityPolicy(host, tls));
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        headers.set("Cross-Origin-Resource-Policy", "same-origin");
        headers.set(HttpHeaderNames.SERVER, "summit");
    }
}
