package org.summitsim.server.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.nio.charset.StandardCharsets;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioCatalog;
import org.summitsim.core.scenario.ScenarioException;
import org.summitsim.core.scenario.ScenarioReader;

/**
 * The scenarios rooms can be created from: the shipped ones ({@link ScenarioCatalog}), then any
 * other class-path resource {@code /scenarios/<id>.json}, each read and validated once, then cached.
 * The cache of look-ups (found or not) is bounded: ids come from clients, and a client asking for
 * ever new unknown ids must not make it grow without end.
 */
public final class ScenarioLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(ScenarioLibrary.class);
    /** Far more than the scenarios a server offers; the least recently used look-up goes first. */
    static final int CACHED_LOOKUPS = 256;

    private final Map<String, Scenario> added = new ConcurrentHashMap<>();
    private final Map<String, Optional<Scenario>> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Optional<Scenario>> eldest) {
                    return size() > CACHED_LOOKUPS;
                }
            });
    private final ClassLoader loader;

    public ScenarioLibrary() {
        this(ScenarioLibrary.class.getClassLoader());
    }

    public ScenarioLibrary(ClassLoader loader) {
        this.loader = loader;
    }

    public Optional<Scenario> find(String id) {
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            return Optional.empty();
        }
        Scenario own = added.get(id);
        if (own != null) {
            return Optional.of(own);
        }
        Optional<Scenario> known = cache.get(id);
        if (known == null) {
            known = load(id); // outside the lock: two first look-ups of one id may both read it, harmlessly
            cache.put(id, known);
        }
        return known;
    }

    /** How many look-ups are cached now; never more than {@link #CACHED_LOOKUPS}. */
    int cachedLookups() {
        return cache.size();
    }

    /** Adds a scenario under its id (embedding, tests), in front of the class path; never evicted. */
    public void add(Scenario scenario) {
        added.put(scenario.id(), scenario);
    }

    private Optional<Scenario> load(String id) {
        try {
            if (ScenarioCatalog.isShipped(id)) {
                return Optional.of(ScenarioCatalog.load(id));
            }
            try (InputStream in = loader.getResourceAsStream("scenarios/" + id + ".json")) {
                if (in == null) {
                    return Optional.empty();
                }
                return Optional.of(ScenarioReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        "scenario " + id));
            }
        } catch (IOException | ScenarioException e) {
            LOG.warn("Scenario {} could not be read: {}", id, e.getMessage());
            return Optional.empty();
        }
    }

    /** Every scenario on the class path (and added), by id. */
    public List<Scenario> all() {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(ScenarioCatalog.ids());
        TreeSet<String> more = new TreeSet<>();
        more.addAll(added.keySet());
        try {
            Enumeration<URL> roots = loader.getResources("scenarios");
            for (URL url : Collections.list(roots)) {
                more.addAll(list(url));
            }
        } catch (IOException e) {
            LOG.debug("listing scenarios: {}", e.getMessage());
        }
        ids.addAll(more);
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    private static List<String> list(URL url) {
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (java.nio.file.FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return names(fs.getPath("/scenarios"));
            }
            return names(Path.of(uri));
        } catch (Exception e) {
            LOG.debug("listing scenarios in {}: {}", url, e.getMessage());
            return List.of();
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).toList();
        }
    }
}
