package org.summitsim.server.web;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The QR code of a room's join address, as SVG, so that students point a phone or a tablet at
 * the projector and type nothing. {@code /qr/join/CODE.svg} draws {@code http://HOST/join/CODE},
 * HOST being the one the browser reached the server at: the code shows the very link the
 * teacher's page shows beside it.
 *
 * <p>SVG because it stays sharp at any size on a projector and weighs about a kilobyte. The join
 * code is no secret (docs/BROWSER.md), so drawing one for any well-formed code is harmless.
 */
public final class JoinQrCode {

    private static final Pattern PATH = Pattern.compile("/qr/join/([A-Za-z0-9-]{1,32})\\.svg");
    /** A host name, IPv4 or bracketed IPv6 address, and an optional port: nothing else reaches the code. */
    private static final Pattern HOST = Pattern.compile("([A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}])(:[0-9]{1,5})?");
    /** The blank margin scanners need around the code, in modules (the standard asks for 4). */
    static final int QUIET = 4;

    private JoinQrCode() {}

    /** The code for a request path and Host header, when the path asks for one and the host is well formed. */
    static Optional<WebFile> find(String path, String host, boolean tls) {
        Matcher m = PATH.matcher(path);
        if (!m.matches() || host == null || !HOST.matcher(host).matches()) {
            return Optional.empty();
        }
        String address = (tls ? "https://" : "http://") + host + "/join/" + m.group(1);
        byte[] body = svg(address).getBytes(StandardCharsets.UTF_8);
        return Optional.of(
                new WebFile(m.group(1) + ".svg", ContentTypes.of("qr.svg"), body, null, etag(body), "no-cache"));
    }

    /** The QR code of this text, one dark path on white, each module one unit wide. */
    public static String svg(String text) {
        ByteMatrix modules;
        try {
            // M: about 15 % of the code may be smudged or covered and it still reads.
            modules = Encoder.encode(text, ErrorCorrectionLevel.M).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Too long for a QR code: " + text.length() + " characters", e);
        }
        int n = modules.getWidth();
        int size = n + 2 * QUIET;
        StringBuilder d = new StringBuilder(n * n);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (modules.get(x, y) == 1) {
                    int run = 1;
                    while (x + run < n && modules.get(x + run, y) == 1) {
                        run++;
                    }
                    // One rectangle per run of dark modules in a row keeps the file small.
                    d.append('M')
                            .append(x + QUIET)
                            .append(' ')
                            .append(y + QUIET)
                            .append('h')
                            .append(run)
                            .append("v1h-")
                            .append(run)
                            .append('z');
                    x += run - 1;
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"" + size + "\" height=\"" + size
                + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + d + "\"/></svg>\n";
    }

    private static String etag(byte[] body) {
        try {
            return "\""
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(body))
                            .substring(0, 20) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
