package org.threadguard.app.ui.service;

/**
 * The trainer description of a demo attack message, in the UI language.
 *
 * @param scenario the scenario id, e.g. {@code emotet-spoof}
 * @param title short title
 * @param what what the attacker did
 * @param look what to look for
 */
public record TrainerNote(String scenario, String title, String what, String look) {
}
