package org.threadguard.heuristics.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An attachment (or inline non-text part) of a message.
 *
 * @param fileName the decoded file name, empty when the part has none
 * @param declaredType the MIME type the message declares, lower case
 * @param sniffedType the type recognised from the content's first bytes, lower case, empty when unknown
 * @param size the decoded size in bytes
 * @param sha256 hex SHA-256 of the decoded content
 * @param inline whether the part was marked inline (e.g. a signature logo)
 * @param archiveEntries for archives: the entries listed (bounded), else empty
 * @param encrypted for archives: whether any entry is encrypted; for documents: whether the document is
 *     password-protected (a PDF with an encryption dictionary, an Office document in an encrypted package)
 * @param archiveNote for archives: a note on what could not be read (truncated listing, bomb guard); for web
 *     pages and SVG images whose script builds a file in the browser (HTML smuggling): {@link #SMUGGLES}
 *     followed by the name the script gives that file (possibly empty); for web pages with a password field:
 *     {@link #ASKS_PASSWORD} followed by the host the form sends it to (possibly empty); for one that sends
 *     whoever opens it elsewhere, {@link #REDIRECTS} followed by that host; else empty
 */
public record Attachment(
        String fileName,
        String declaredType,
        String sniffedType,
        long size,
        String sha256,
        boolean inline,
        List<ArchiveEntry> archiveEntries,
        boolean encrypted,
        String archiveNote) {

    public Attachment {
        fileName = fileName == null ? "" : fileName;
        declaredType = declaredType == null ? "" : declaredType.toLowerCase(Locale.ROOT);
        sniffedType = sniffedType == null ? "" : sniffedType.toLowerCase(Locale.ROOT);
        sha256 = sha256 == null ? "" : sha256;
        archiveEntries = archiveEntries == null ? List.of() : List.copyOf(archiveEntries);
        archiveNote = archiveNote == null ? "" : archiveNote;
    }

    /** The start of {@code archiveNote} for a web page that builds a file in the browser. */
    public static final String SMUGGLES = "builds a file in the browser: ";

    /**
     * For a web page or SVG image whose script assembles a file and hands it to the browser as a download
     * (HTML smuggling): the name it gives that file, empty when it gives none; otherwise nothing.
     */
    public Optional<String> smuggledFile() {
        return archiveNote.startsWith(SMUGGLES) ? Optional.of(archiveNote.substring(SMUGGLES.length()))
                : Optional.empty();
    }

    /** The start of {@code archiveNote} for a web page with a password field (a sign-in form of its own). */
    public static final String ASKS_PASSWORD = "asks for a password: ";

    /**
     * For a web page whose form asks for a password (a fake sign-in page sent as a file): where the form sends
     * it (a host, empty when the page does not say); otherwise nothing.
     */
    public Optional<String> passwordFormTarget() {
        return archiveNote.startsWith(ASKS_PASSWORD) ? Optional.of(archiveNote.substring(ASKS_PASSWORD.length()))
                : Optional.empty();
    }

    /** The {@code archiveNote} of an SVG image with a script, or a web page that is little but a script. */
    public static final String RUNS_SCRIPT = "runs a script of its own";

    /**
     * Whether this is an SVG image that carries a script (a picture needs none) or a web page that shows little
     * but runs a script (obfuscated code that builds a sign-in page or a download when opened).
     */
    public boolean runsScript() {
        return archiveNote.equals(RUNS_SCRIPT);
    }

    /** The start of {@code archiveNote} for a web page that sends whoever opens it to a site. */
    public static final String REDIRECTS = "sends the reader to: ";

    /**
     * For a web page or SVG image that by itself sends whoever opens it to another address (a meta refresh, a
     * script setting the location): that address's host; otherwise nothing.
     */
    public Optional<String> redirectHost() {
        return archiveNote.startsWith(REDIRECTS) ? Optional.of(archiveNote.substring(REDIRECTS.length()))
                : Optional.empty();
    }

    /** A PDF or an OLE compound file (legacy or encrypted Office document), by its content. */
    public boolean isDocument() {
        return sniffedType.contains("pdf") || sniffedType.contains("ole-storage");
    }

    /** A password-protected document (see {@code encrypted}). */
    public boolean isEncryptedDocument() {
        return encrypted && isDocument() && archiveEntries.isEmpty();
    }

    /** The last extension of the file name in lower case without the dot, or empty. */
    public String extension() {
        return FileNames.extension(fileName);
    }

    public boolean isArchive() {
        return !archiveEntries.isEmpty() || encrypted && !isDocument() || FileNames.isArchiveExtension(extension())
                || sniffedType.contains("zip") || sniffedType.contains("rar") || sniffedType.contains("7z");
    }
}
