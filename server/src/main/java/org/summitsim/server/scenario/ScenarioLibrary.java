package org.summitsim.server.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitsim.core.scenario.Problem;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioCatalog;
import org.summitsim.core.scenario.ScenarioException;
import org.summitsim.core.scenario.ScenarioFile;

/**
 * The scenarios rooms can be created from: the shipped ones ({@link ScenarioCatalog}), any other
 * class-path resource {@code /scenarios/<id>.json}, and the files of the server's scenario
 * folders, which are looked at again on every request (see {@link ScenarioFolder}). A folder
 * file whose id is taken (by a shipped scenario or an earlier file) is listed as a problem
 * rather than silently hiding the other one. The cache of class-path look-ups (found or not) is
 * bounded: ids come from clients, and a client asking for ever new unknown ids must not make it
 * grow without end.
 */
public final class ScenarioLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(ScenarioLibrary.class);
    /** Far more than the scenarios a server offers; the least recently used look-up goes first. */
    static final int CACHED_LOOKUPS = 256;

    /** A scenario on offer and where it comes from: "shipped", or the folder file's name. */
    /** {@code warnings}: see {@link FolderScenario.Valid}; none for the scenarios inside the program. */
    public record Offered(ScenarioFile file, String source, List<String> warnings) {
        public Offered(ScenarioFile file, String source) {
            this(file, source, List.of());
        }
    }

    /** Everything on offer now, and the folder files that cannot be played, with their problems. */
    public record Listing(List<Offered> scenarios, List<FolderScenario.Invalid> invalid) {}

    private final Map<String, Optional<ScenarioFile>> cache =
            Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Optional<ScenarioFile>> eldest) {
                    return size() > CACHED_LOOKUPS;
                }
            });
    private final Map<String, ScenarioFile> added = new ConcurrentHashMap<>();
    private final ClassLoader loader;
    private final List<ScenarioFolder> folders;
    private final boolean logProblems;
    /** Folder files already logged as taking a used id (with their hash), so each is logged once. */
    private final Set<String> loggedClashes = ConcurrentHashMap.newKeySet();

    public ScenarioLibrary() {
        this(ScenarioLibrary.class.getClassLoader(), List.of());
    }

    public ScenarioLibrary(ClassLoader loader) {
        this(loader, List.of());
    }

    /** {@code folders}: the server's scenario folders, read in this order; they need not exist yet. */
    public ScenarioLibrary(ClassLoader loader, List<Path> folders) {
        this(loader, folders, true);
    }

    /** {@code logProblems}: false where the caller shows the problems itself (a command line listing). */
    public ScenarioLibrary(ClassLoader loader, List<Path> folders, boolean logProblems) {
        this.loader = loader;
        this.folders =
                folders.stream().map(d -> new ScenarioFolder(d, logProblems)).toList();
        this.logProblems = logProblems;
    }

    public List<Path> folders() {
        return folders.stream().map(ScenarioFolder::dir).toList();
    }

    public Optional<Scenario> find(String id) {
        return file(id).map(ScenarioFile::scenario);
    }

    /** A scenario by id, with the text it was read from. */
    public Optional<ScenarioFile> file(String id) {
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            return Optional.empty();
        }
        ScenarioFile own = added.get(id);
        if (own != null) {
            return Optional.of(own);
        }
        Optional<ScenarioFile> built = cached(id);
        if (built.isPresent()) {
            return built;
        }
        return folderScenarios().scenarios().stream()
                .filter(o -> o.file().id().equals(id))
                .map(Offered::file)
                .findFirst();
    }

    /** A class-path look-up, cached (found or not). */
    private Optional<ScenarioFile> cached(String id) {
        Optional<ScenarioFile> known = cache.get(id);
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

    /** Adds a scenario under its id (embedding, tests), in front of everything else; never evicted. */
    public void add(Scenario scenario) {
        add(ScenarioFile.parse(org.summitsim.core.json.Json.write(scenario), "scenario " + scenario.id()));
    }

    public void add(ScenarioFile scenario) {
        added.put(scenario.id(), scenario);
    }

    private Optional<ScenarioFile> load(String id) {
        try {
            if (ScenarioCatalog.isShipped(id)) {
                return Optional.of(ScenarioFile.shipped(id));
            }
            try (InputStream in = loader.getResourceAsStream("scenarios/" + id + ".json")) {
                if (in == null) {
                    return Optional.empty();
                }
                return Optional.of(
                        ScenarioFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "scenario " + id));
            }
        } catch (IOException | ScenarioException e) {
            LOG.warn("Scenario {} could not be read: {}", id, e.getMessage());
            return Optional.empty();
        }
    }

    /** Every scenario on the class path (and added), by id. */
    public List<Scenario> all() {
        return listing().scenarios().stream().map(o -> o.file().scenario()).toList();
    }

    /** What {@code list_scenarios} shows: the built-in scenarios, then the folders' valid and invalid files. */
    public Listing listing() {
        Set<String> ids = new LinkedHashSet<>(ScenarioCatalog.ids());
        TreeSet<String> more = new TreeSet<>(added.keySet());
        try {
            for (URL url : Collections.list(loader.getResources("scenarios"))) {
                more.addAll(list(url));
            }
        } catch (IOException e) {
            LOG.debug("listing scenarios: {}", e.getMessage());
        }
        ids.addAll(more);
        List<Offered> offered = new ArrayList<>();
        for (String id : ids) {
            ScenarioFile own = added.get(id);
            Optional<ScenarioFile> f = own != null ? Optional.of(own) : cached(id);
            f.ifPresent(s -> offered.add(new Offered(s, ScenarioCatalog.isShipped(id) ? "shipped" : "built-in")));
        }
        Listing folder = folderScenarios();
        offered.addAll(folder.scenarios());
        return new Listing(offered, folder.invalid());
    }

    /** The folders' files now; a file whose id is already taken becomes invalid, naming what took it. */
    private Listing folderScenarios() {
        Map<String, String> taken = new LinkedHashMap<>();
        ScenarioCatalog.ids().forEach(id -> taken.put(id, "a scenario shipped with Summit"));
        added.keySet().forEach(id -> taken.putIfAbsent(id, "a scenario built into this server"));
        List<Offered> valid = new ArrayList<>();
        List<FolderScenario.Invalid> invalid = new ArrayList<>();
        for (ScenarioFolder folder : folders) {
            for (FolderScenario f : folder.scan()) {
                if (f instanceof FolderScenario.Invalid bad) {
                    invalid.add(bad);
                } else if (f instanceof FolderScenario.Valid ok) {
                    String id = ok.scenario().id();
                    String owner = taken.putIfAbsent(id, "the file " + ok.file());
                    if (owner == null) {
                        valid.add(new Offered(
                                ok.scenario(), ok.file().getFileName().toString(), ok.warnings()));
                    } else {
                        Problem clash = new Problem(
                                "id",
                                "the id \"" + id + "\" is already used by " + owner
                                        + "; give this scenario an id of its own");
                        invalid.add(new FolderScenario.Invalid(ok.file(), List.of(clash)));
                        if (logProblems
                                && loggedClashes.add(
                                        ok.file() + " " + ok.scenario().hash())) {
                            LOG.warn(
                                    "The scenario file {} cannot be played until it is fixed:\n  {}: {}",
                                    ok.file(),
                                    ok.file().getFileName(),
                                    clash);
                        }
                    }
                }
            }
        }
        return new Listing(valid, invalid);
    }

    private static List<String> list(URL url) {
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
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
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5))
                    .toList();
        }
    }
}
