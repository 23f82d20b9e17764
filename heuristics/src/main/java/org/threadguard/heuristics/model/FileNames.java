package org.threadguard.heuristics.model;

import java.util.Locale;
import java.util.Set;

/** Facts about file names and extensions, shared by the parser and the detectors. */
public final class FileNames {
    private static final Set<String> ARCHIVES = Set.of(
            "zip", "rar", "7z", "gz", "tgz", "tar", "bz2", "xz", "cab", "ace", "arj", "lzh", "z", "zipx", "r00");
    private static final Set<String> DISK_IMAGES = Set.of("iso", "img", "vhd", "vhdx", "dmg");
    private static final Set<String> EXECUTABLES = Set.of(
            "exe", "scr", "com", "pif", "msi", "msp", "dll", "cpl", "bat", "cmd", "ps1", "psm1", "vbs", "vbe",
            "js", "jse", "wsf", "wsh", "hta", "lnk", "jar", "reg", "sct", "chm", "url", "appx", "msix", "application",
            "scf", "inf", "iqy", "slk", "xll", "gadget", "apk");
    private static final Set<String> MACRO_DOCUMENTS = Set.of(
            "docm", "dotm", "xlsm", "xltm", "xlsb", "xlam", "pptm", "potm", "ppam", "ppsm", "sldm", "xla", "doc", "xls",
            "ppt", "dot", "xlt");
    private static final Set<String> ACTIVE_CONTENT = Set.of("html", "htm", "shtml", "xhtml", "svg", "one", "onepkg",
            "mht", "mhtml", "pdf");

    private FileNames() {
    }

    public static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        String n = fileName.strip();
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1);
        int dot = n.lastIndexOf('.');
        if (dot < 0 || dot == n.length() - 1) {
            return "";
        }
        return n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public static boolean isArchiveExtension(String ext) {
        return ARCHIVES.contains(ext);
    }

    public static boolean isDiskImageExtension(String ext) {
        return DISK_IMAGES.contains(ext);
    }

    public static boolean isExecutableExtension(String ext) {
        return EXECUTABLES.contains(ext);
    }

    public static boolean isMacroDocumentExtension(String ext) {
        return MACRO_DOCUMENTS.contains(ext);
    }

    /** HTML, SVG, OneNote and similar containers that can carry a lure or a script. */
    public static boolean isActiveContentExtension(String ext) {
        return ACTIVE_CONTENT.contains(ext);
    }

    /** Whether a download of this extension is a typical malware delivery vehicle. */
    public static boolean isRiskyDownloadExtension(String ext) {
        return isArchiveExtension(ext) || isDiskImageExtension(ext) || isExecutableExtension(ext)
                || isMacroDocumentExtension(ext) || (isActiveContentExtension(ext) && !"pdf".equals(ext));
    }
}
