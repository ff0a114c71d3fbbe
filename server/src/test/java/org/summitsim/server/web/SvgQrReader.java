package org.summitsim.server.web;

import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.Decoder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads back a QR code drawn by {@link JoinQrCode}: its dark runs become modules again, the quiet
 * zone is checked blank, and ZXing's decoder (which checks the error correction) gives the text.
 */
public final class SvgQrReader {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");
    private static final Pattern PATH = Pattern.compile("<path fill=\"#000\" d=\"([^\"]*)\"/>");

    private SvgQrReader() {}

    public static String decode(String svg) throws FormatException, ChecksumException {
        Matcher box = VIEW_BOX.matcher(svg);
        if (!box.find() || !box.group(1).equals(box.group(2))) {
            throw new IllegalArgumentException("Not a square SVG: " + svg);
        }
        int size = Integer.parseInt(box.group(1));
        int n = size - 2 * JoinQrCode.QUIET;
        Matcher path = PATH.matcher(svg);
        if (!path.find()) {
            throw new IllegalArgumentException("No dark path in " + svg);
        }
        BitMatrix modules = new BitMatrix(n);
        Matcher run = RUN.matcher(path.group(1));
        int end = 0;
        while (run.find()) {
            if (run.start() != end) {
                throw new IllegalArgumentException("Unexpected drawing at " + end + ": " + path.group(1));
            }
            end = run.end();
            int x = Integer.parseInt(run.group(1)) - JoinQrCode.QUIET;
            int y = Integer.parseInt(run.group(2)) - JoinQrCode.QUIET;
            int w = Integer.parseInt(run.group(3));
            if (x < 0 || y < 0 || x + w > n || y >= n || w != Integer.parseInt(run.group(4))) {
                throw new IllegalArgumentException("A dark run outside the code or in its quiet zone: " + run.group());
            }
            modules.setRegion(x, y, w, 1);
        }
        if (end != path.group(1).length()) {
            throw new IllegalArgumentException("Unexpected drawing at " + end);
        }
        return new Decoder().decode(modules).getText();
    }
}
