package org.summitsim.client.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A server address as typed on the command line: HOST:PORT, or just HOST for port 7777; with
 * {@code tls://} in front, the server is reached over TLS.
 */
public record HostPort(String host, int port, boolean tls) {

    public static final int DEFAULT_PORT = 7777;
    public static final String TLS_SCHEME = "tls://";

    public HostPort(String host, int port) {
        this(host, port, false);
    }

    public static HostPort parse(String text) {
        String typed = text.strip();
        if (typed.regionMatches(true, 0, TLS_SCHEME, 0, TLS_SCHEME.length())) {
            HostPort plain = parse(typed.substring(TLS_SCHEME.length()));
            return new HostPort(plain.host, plain.port, true);
        }
        String s = typed;
        int colon = s.lastIndexOf(':');
        if (colon < 0) {
            if (s.isEmpty()) {
                throw new IllegalArgumentException("Expected HOST:PORT, for example 127.0.0.1:7777");
            }
            return new HostPort(s, DEFAULT_PORT);
        }
        String host = s.substring(0, colon);
        // Accept [::1]:7777 for IPv6 literals.
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        try {
            int port = Integer.parseInt(s.substring(colon + 1));
            if (!host.isEmpty() && port > 0 && port < 65536) {
                return new HostPort(host, port);
            }
        } catch (NumberFormatException ignored) {
            // Falls through to the one message below.
        }
        throw new IllegalArgumentException(
                "'" + text + "' is not a server address; expected HOST:PORT, for example 127.0.0.1:7777");
    }

    @Override
    public String toString() {
        return (tls ? TLS_SCHEME : "") + (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    /** Lets picocli turn a bad address into a usage error (exit 2) with our sentence. */
    public static final class Converter implements ITypeConverter<HostPort> {
        @Override
        public HostPort convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
