package org.threadguard.app.ui;

/** What controllers may ask of the window around them (navigation and dialogs); implemented by {@link InspectorUi}. */
public interface Shell {
    void showStart();

    void showSettings();

    /** Opens the report dialog for the message shown in the evidence view. */
    void showReport();

    void toggleTheme();

    void quit();
}
