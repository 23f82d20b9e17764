package org.threadguard.app.nativehost;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;

/**
 * In host mode stdout carries only frames. {@link #claim()} takes the real stdout for the frame
 * writer and points {@code System.out} at stderr, so a stray {@code println} anywhere in the JVM
 * cannot corrupt the stream. Call it before anything else runs.
 */
public final class HostStdout {
    private static OutputStream frames;

    private HostStdout() {
    }

    public static synchronized OutputStream claim() {
        if (frames == null) {
            frames = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 64 * 1024);
            System.setOut(System.err);
        }
        return frames;
    }

    /**
     * Whether the arguments are how Firefox/Thunderbird start a host: the manifest path and the
     * add-on id (the browser cannot pass its own arguments), or on Windows a {@code --parent-window=}
     * argument; or the explicit {@code native-host} command.
     */
    public static boolean isHostInvocation(String... args) {
        if (args.length == 0) {
            return false;
        }
        if (args[0].equals("native-host")) {
            return true;
        }
        if (args.length >= 2 && args[0].endsWith(".json") && args[1].contains("@")) {
            return true;
        }
        for (String a : args) {
            if (a.startsWith("--parent-window=")) {
                return true;
            }
        }
        return false;
    }
}
