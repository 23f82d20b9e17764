package org.threadguard.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads the built-in demo mailbox from the classpath (a directory when developing, the jar when installed). */
final class DemoResources {
    static final String BASE = "/org/threadguard/app/demo/";

    private DemoResources() {
    }

    /** A demo message: its folder, file name and raw bytes exactly as shipped. */
    record DemoFile(String folder, String name, byte[] raw) {
    }

    /** Every .eml file of a demo folder ("INBOX", "Sent"), sorted by name. */
    static List<DemoFile> folder(String folder) {
        URL url = DemoResources.class.getResource(BASE + "mailbox/" + folder);
        if (url == null) {
            throw new IllegalStateException("The demo mailbox is missing from the application (" + folder + ").");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                boolean mine = false;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                    mine = true;
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                try {
                    return read(fs.provider().getPath(uri), folder);
                } finally {
                    if (mine) {
                        fs.close();
                    }
                }
            }
            return read(Path.of(uri), folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo mailbox: " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<DemoFile> read(Path dir, String folder) throws IOException {
        List<DemoFile> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".eml")).sorted(
                    (a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList()) {
                out.add(new DemoFile(folder, p.getFileName().toString(), Files.readAllBytes(p)));
            }
        }
        return out;
    }
}
