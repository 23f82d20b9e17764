package org.threadguard.imap.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadguard.heuristics.model.MailMessage;
import org.threadguard.imap.cache.SqliteMessageCache;

/**
 * Imports the shared real-mail corpus when it is present on this machine (it is never copied into
 * the repository: licence). Prints timings for docs/benchmarks.md.
 */
@Tag("corpus")
class CorpusImportTest {
    static final Path CORPUS = Path.of(System.getProperty("threadguard.corpus", "/work/shared/corpus/mailboxes"));

    @TempDir
    Path dir;

    @Test
    void importsWholeCorpusWithoutFailures() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "corpus not present");
        long files;
        try (Stream<Path> s = Files.walk(CORPUS)) {
            files = s.filter(p -> p.toString().endsWith(".eml")).count();
        }
        try (SqliteMessageCache cache = SqliteMessageCache.open(dir.resolve("corpus.db"))) {
            long t0 = System.nanoTime();
            ImportResult r = new LocalImporter().importPath(CORPUS, "corpus", cache, ImportListener.NONE);
            double importSeconds = (System.nanoTime() - t0) / 1e9;
            assertThat(r.failed()).as(String.join("\n", r.errors())).isZero();
            assertThat(r.added()).isEqualTo((int) files);

            long t1 = System.nanoTime();
            List<MailMessage> all = cache.loadAll();
            double loadSeconds = (System.nanoTime() - t1) / 1e9;
            assertThat(all).hasSize((int) files);
            long withProblems = all.stream().filter(m -> !m.parseProblems().isEmpty()).count();
            long withDate = all.stream().filter(m -> m.date() != null).count();
            long withFrom = all.stream().filter(m -> m.from() != null).count();

            long t2 = System.nanoTime();
            ImportResult again = new LocalImporter().importPath(CORPUS, "corpus", cache, ImportListener.NONE);
            double reimportSeconds = (System.nanoTime() - t2) / 1e9;
            assertThat(again.added()).isZero();
            System.out.printf("Corpus: %d messages imported in %.2f s (%.0f msg/s); loadAll %.2f s (%.0f msg/s); "
                    + "re-import %.2f s; with date %d, with from %d, with parse problems %d%n",
                    r.added(), importSeconds, r.added() / importSeconds, loadSeconds, all.size() / loadSeconds,
                    reimportSeconds, withDate, withFrom, withProblems);
        }
    }
}
