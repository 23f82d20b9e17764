package org.threadguard.heuristics.model;

/**
 * One entry of an archive attachment, listed without extracting it.
 *
 * @param name the entry's path inside the archive
 * @param size the uncompressed size as declared by the archive, -1 when unknown
 * @param encrypted whether the entry is encrypted (password protected)
 */
public record ArchiveEntry(String name, long size, boolean encrypted) {
    public ArchiveEntry {
        name = name == null ? "" : name;
    }
}
