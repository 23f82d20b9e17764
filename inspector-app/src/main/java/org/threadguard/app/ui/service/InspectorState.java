package org.threadguard.app.ui.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What the inspector remembers between runs, in {@code inspector.properties} in the data
 * directory: the sources, the last source/folder/thread, and the settings (language, theme,
 * report address and style). Never credentials.
 */
public final class InspectorState {
    public static final String LAST_SOURCE = "last.source";
    public static final String LAST_FOLDER = "last.folder";
    public static final String LAST_THREAD = "last.thread";
    public static final String LOCALE = "ui.locale";
    public static final String THEME = "ui.theme";
    public static final String REPORT_ADDRESS = "report.address";
    public static final String REPORT_STYLE = "report.style";

    private final Path file;
    private final Properties props = new Properties();

    private InspectorState(Path file) {
        this.file = file;
    }

    /** Reads the state file, or starts empty; {@code null} keeps it in memory only (tests). */
    public static InspectorState load(Path file) {
        InspectorState s = new InspectorState(file);
        if (file != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                s.props.load(in);
            } catch (IOException e) {
                // an unreadable state file is not fatal: start fresh
            }
        }
        return s;
    }

    public static InspectorState inMemory() {
        return new InspectorState(null);
    }

    public Path file() {
        return file;
    }

    public synchronized Optional<String> get(String key) {
        String v = props.getProperty(key);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    public synchronized void put(String key, String value) {
        if (value == null) {
            props.remove(key);
        } else {
            props.setProperty(key, value);
        }
        save();
    }

    public synchronized List<MailboxSource> sources() {
        List<MailboxSource> out = new ArrayList<>();
        for (int i = 0; props.containsKey("source." + i + ".id"); i++) {
            String p = "source." + i + ".";
            if ("true".equals(props.getProperty(p + "removed"))) {
                continue;
            }
            out.add(new MailboxSource(props.getProperty(p + "id"),
                    MailboxSource.Kind.valueOf(props.getProperty(p + "kind")), props.getProperty(p + "name"),
                    props.getProperty(p + "account"), props.getProperty(p + "location")));
        }
        return out;
    }

    /** Adds or replaces a source (by id). */
    public synchronized void putSource(MailboxSource s) {
        int i = 0;
        for (; props.containsKey("source." + i + ".id"); i++) {
            if (props.getProperty("source." + i + ".id").equals(s.id())) {
                break;
            }
        }
        String p = "source." + i + ".";
        props.setProperty(p + "id", s.id());
        props.setProperty(p + "kind", s.kind().name());
        props.setProperty(p + "name", s.displayName());
        props.setProperty(p + "account", s.account());
        props.setProperty(p + "location", s.location());
        props.remove(p + "removed");
        save();
    }

    /** Whether a mailbox with this id was removed by the user. */
    public synchronized boolean isRemoved(String id) {
        for (int i = 0; props.containsKey("source." + i + ".id"); i++) {
            if (props.getProperty("source." + i + ".id").equals(id)) {
                return "true".equals(props.getProperty("source." + i + ".removed"));
            }
        }
        return false;
    }

    public synchronized void removeSource(String id) {
        for (int i = 0; props.containsKey("source." + i + ".id"); i++) {
            if (props.getProperty("source." + i + ".id").equals(id)) {
                props.setProperty("source." + i + ".removed", "true");
            }
        }
        save();
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                props.store(out, "Threadguard inspector state (no credentials)");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save " + file + ": " + e.getMessage(), e);
        }
    }
}
