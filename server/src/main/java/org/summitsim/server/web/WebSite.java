package org.summitsim.server.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The browser pages the server hands out, read once at start from the classpath folder
 * {@code web/} (inside the jar) and then served from memory. A request path is matched against
 * a few fixed routes and looked up by exact name, never joined to a file path, so no path can
 * reach a file outside the site.
 *
 * <p>Assets live under {@code /assets/VERSION/NAME}, VERSION being a hash of all assets: a new
 * build gets new addresses, so browsers may keep assets for a year without asking
 * ({@code immutable}). Pages are always revalidated ({@code no-cache}, with an ETag), and their
 * {@code @version@} placeholder is replaced with the current VERSION.
 */
public final class WebSite {

    static final String ROOT = "web";
    private static final String VERSION_MARK = "@version@";
    private static final Pattern JOIN = Pattern.compile("/join/[A-Za-z0-9-]{1,32}/?");
    private static final Pattern PROJECTOR = Pattern.compile("/projector/[A-Za-z0-9-]{1,32}/?");
    private static final Pattern ASSET = Pattern.compile("/assets/([0-9a-f]{12})/([a-z0-9][a-z0-9-]*\\.[a-z0-9]+)");
    private static final String PAGE_CACHE = "no-cache";
    private static final String ASSET_CACHE = "public, max-age=31536000, immutable";

    private final Map<String, WebFile> pages;
    private final Map<String, WebFile> assets;
    private final String version;

    private WebSite(Map<String, WebFile> pages, Map<String, WebFile> assets, String version) {
        this.pages = pages;
        this.assets = assets;
        this.version = version;
    }

    /** The site packaged with the server; an empty site when the classpath has none. */
    public static WebSite packaged() {
        return load(WebSite.class.getClassLoader());
    }

    static WebSite load(ClassLoader loader) {
        URL marker = loader.getResource(ROOT + "/index.html");
        if (marker == null) {
            return of(Map.of());
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return of(read(fs.getPath("/" + ROOT)));
                } catch (FileSystemAlreadyExistsException open) {
                    return of(read(FileSystems.getFileSystem(uri).getPath("/" + ROOT)));
                }
            }
            return of(read(Path.of(uri).getParent()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the web pages from the classpath", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every file under {@code root}, by its path relative to it ("index.html", "assets/app.js"). */
    private static Map<String, byte[]> read(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(p).toString().replace('\\', '/');
                if (ContentTypes.of(name) != null) {
                    files.put(name, Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    /** A site of these files (relative names as above); pages are the top-level files. Other kinds of file are left out. */
    public static WebSite of(Map<String, byte[]> given) {
        Map<String, byte[]> files = new TreeMap<>();
        given.forEach((name, bytes) -> {
            if (ContentTypes.of(name) != null) {
                files.put(name, bytes);
            }
        });
        MessageDigest all = sha256();
        Map<String, byte[]> assetBytes = new TreeMap<>();
        files.forEach((name, bytes) -> {
            if (name.startsWith("assets/") && name.indexOf('/', 7) < 0) {
                assetBytes.put(name.substring(7), bytes);
                all.update(name.getBytes(StandardCharsets.UTF_8));
                all.update(bytes);
            }
        });
        String version = HexFormat.of().formatHex(all.digest()).substring(0, 12);
        Map<String, WebFile> assets = new TreeMap<>();
        assetBytes.forEach((name, bytes) -> assets.put(name, file(name, bytes, ASSET_CACHE)));
        Map<String, WebFile> pages = new TreeMap<>();
        files.forEach((name, bytes) -> {
            if (name.indexOf('/') < 0) {
                byte[] body = name.endsWith(".html")
                        ? new String(bytes, StandardCharsets.UTF_8)
                                .replace(VERSION_MARK, version)
                                .getBytes(StandardCharsets.UTF_8)
                        : bytes;
                pages.put(name, file(name, body, PAGE_CACHE));
            }
        });
        return new WebSite(Map.copyOf(pages), Map.copyOf(assets), version);
    }

    private static WebFile file(String name, byte[] body, String cache) {
        String type = ContentTypes.of(name);
        byte[] gz = ContentTypes.compressible(type) ? gzip(body) : null;
        if (gz != null && gz.length >= body.length) {
            gz = null;
        }
        String etag = "\"" + HexFormat.of().formatHex(sha256().digest(body)).substring(0, 20) + "\"";
        return new WebFile(name, type, body, gz, etag, cache);
    }

    /** The file a request path (already percent-decoded, without the query) names, if any. */
    public Optional<WebFile> find(String path) {
        if (path.equals("/") || path.equals("/index.html") || JOIN.matcher(path).matches()) {
            return Optional.ofNullable(pages.get("index.html"));
        }
        if (path.equals("/facilitator") || path.equals("/facilitator/")) {
            return Optional.ofNullable(pages.get("facilitator.html"));
        }
        if (PROJECTOR.matcher(path).matches()) {
            return Optional.ofNullable(pages.get("projector.html"));
        }
        Matcher m = ASSET.matcher(path);
        if (m.matches() && m.group(1).equals(version)) {
            return Optional.ofNullable(assets.get(m.group(2)));
        }
        return Optional.empty();
    }

    /** The hash in every asset address of this build. */
    public String version() {
        return version;
    }

    /** The names of the assets, for tests and tools. */
    public List<String> assetNames() {
        return List.copyOf(new TreeMap<>(assets).keySet());
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
