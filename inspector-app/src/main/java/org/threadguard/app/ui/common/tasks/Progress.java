package org.threadguard.app.ui.common.tasks;

/** Reports progress of background work: what is being done (e.g. a folder), done of total (-1 unknown). */
@FunctionalInterface
public interface Progress {
    Progress NONE = (what, done, total) -> { };

    void update(String what, long done, long total);
}
