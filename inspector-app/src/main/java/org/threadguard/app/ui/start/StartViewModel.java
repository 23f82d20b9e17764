package org.threadguard.app.ui.start;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.threadguard.app.ui.common.I18n;
import org.threadguard.app.ui.common.Problems;
import org.threadguard.app.ui.common.tasks.TaskExecutor;
import org.threadguard.app.ui.service.ImapProblem;
import org.threadguard.app.ui.service.ImapSettings;
import org.threadguard.app.ui.service.MailboxService;
import org.threadguard.app.ui.service.MailboxSource;

/** The first-run screen: add an IMAP account, open the demo, or open local mail. */
public final class StartViewModel {
    private final MailboxService service;
    private final TaskExecutor tasks;
    private final I18n i18n;

    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("993");
    private final ObjectProperty<ImapSettings.Security> security = new SimpleObjectProperty<>(ImapSettings.Security.SSL_TLS);
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty messageIsError = new SimpleBooleanProperty();
    private final BooleanProperty accountValid = new SimpleBooleanProperty();
    private final StringProperty untrustedFingerprint = new SimpleStringProperty("");
    private final BooleanProperty trustCertificate = new SimpleBooleanProperty();
    private final BooleanProperty keyringAvailable = new SimpleBooleanProperty(true);
    private Consumer<MailboxSource> onOpened = s -> { };

    public StartViewModel(MailboxService service, TaskExecutor tasks, I18n i18n) {
        this.service = service;
        this.tasks = tasks;
        this.i18n = i18n;
        email.addListener((o, a, b) -> {
            validate();
            if (host.get().isBlank() || host.get().equals(guessHost(a))) {
                host.set(guessHost(b));
            }
        });
        host.addListener((o, a, b) -> {
            validate();
            forgetCertificate();
        });
        port.addListener((o, a, b) -> {
            validate();
            forgetCertificate();
        });
        security.addListener((o, a, b) -> {
            if (b == ImapSettings.Security.STARTTLS && "993".equals(port.get())) {
                port.set("143");
            } else if (b == ImapSettings.Security.SSL_TLS && "143".equals(port.get())) {
                port.set("993");
            }
            forgetCertificate();
        });
        tasks.task("keyring", service::keyringAvailable).onSuccess(keyringAvailable::set).onFailure(e -> { })
                .start();
    }

    /** A certificate offered for trust belongs to one server: another host or port withdraws the offer. */
    private void forgetCertificate() {
        untrustedFingerprint.set("");
        trustCertificate.set(false);
    }

    static String guessHost(String address) {
        if (address == null) {
            return "";
        }
        int at = address.indexOf('@');
        return at < 0 || at == address.length() - 1 ? "" : "imap." + address.substring(at + 1).strip();
    }

    private void validate() {
        accountValid.set(email.get().contains("@") && !host.get().isBlank() && parsePort() > 0);
    }

    private int parsePort() {
        try {
            int p = Integer.parseInt(port.get().strip());
            return p > 0 && p < 65536 ? p : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Called with the opened source, to switch to the main window. */
    public void setOnOpened(Consumer<MailboxSource> action) {
        this.onOpened = Objects.requireNonNull(action);
    }

    public ImapSettings settings() {
        return new ImapSettings(email.get(), host.get(), parsePort(), security.get(), username.get(),
                trustCertificate.get() ? untrustedFingerprint.get() : null);
    }

    public void testConnection() {
        if (!accountValid.get()) {
            error(i18n.get("start.account.invalid"));
            return;
        }
        ImapSettings s = settings();
        char[] pw = password.get().toCharArray();
        begin(i18n.get("start.testing"));
        tasks.task("test connection", () -> {
            try {
                service.testConnection(s, pw);
            } finally {
                java.util.Arrays.fill(pw, '\0');
            }
            return Boolean.TRUE;
        }).onSuccess(ok -> done(i18n.get("start.testOk"), false)).onFailure(this::imapFailed).start();
    }

    public void addAccount() {
        if (!accountValid.get()) {
            error(i18n.get("start.account.invalid"));
            return;
        }
        ImapSettings s = settings();
        char[] pw = password.get().toCharArray();
        begin(i18n.get("start.adding"));
        tasks.task("add account", () -> {
            MailboxSource added;
            try {
                added = service.addImapAccount(s, pw);
            } finally {
                java.util.Arrays.fill(pw, '\0');
            }
            return Map.entry(added, service.passwordInKeyring(added).orElse(true));
        }).onSuccess(r -> {
            password.set("");
            done(r.getValue() ? "" : i18n.get("start.addedNoKeyring"), false);
            onOpened.accept(r.getKey());
        }).onFailure(this::imapFailed).start();
    }

    public void openDemo() {
        begin(i18n.get("start.openingDemo"));
        tasks.<MailboxSource>task("open demo", (p, c) -> service.openDemo(p, c))
                .onProgress((w, d, t) -> progress.set(t > 0 ? (double) d / t : -1))
                .onSuccess(src -> {
                    done("", false);
                    onOpened.accept(src);
                }).onFailure(this::failed).start();
    }

    public void openLocal(Path path) {
        if (path == null) {
            return;
        }
        begin(i18n.format("start.importing", path.getFileName()));
        tasks.<MailboxSource>task("open local", (p, c) -> service.openLocal(path, p, c))
                .onProgress((w, d, t) -> progress.set(t > 0 ? (double) d / t : -1))
                .onSuccess(src -> {
                    done("", false);
                    onOpened.accept(src);
                }).onFailure(this::failed).start();
    }

    private void begin(String text) {
        busy.set(true);
        progress.set(-1);
        message.set(text);
        messageIsError.set(false);
    }

    private void done(String text, boolean isError) {
        busy.set(false);
        message.set(text);
        messageIsError.set(isError);
    }

    private void failed(Throwable e) {
        done(i18n.format("error.generic", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), true);
    }

    private void imapFailed(Throwable e) {
        if (e instanceof ImapProblem p && p.kind() == ImapProblem.Kind.UNTRUSTED_CERTIFICATE
                && p.fingerprint() != null) {
            if (!p.fingerprint().equals(untrustedFingerprint.get())) {
                trustCertificate.set(false);
            }
            untrustedFingerprint.set(p.fingerprint());
        }
        done(e instanceof ImapProblem p && p.kind() == ImapProblem.Kind.UNTRUSTED_CERTIFICATE
                && p.fingerprint() != null ? i18n.format("start.imap.untrusted", p.host())
                        : Problems.describe(i18n, e), true);
    }

    private void error(String text) {
        done(text, true);
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public ObjectProperty<ImapSettings.Security> securityProperty() {
        return security;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError;
    }

    public ReadOnlyBooleanProperty accountValidProperty() {
        return accountValid;
    }

    /** The SHA-256 fingerprint of a certificate the last test refused and the user may trust; empty if none. */
    public ReadOnlyStringProperty untrustedFingerprintProperty() {
        return untrustedFingerprint;
    }

    /** A fingerprint {@code AB:CD:...} of 32 bytes as two lines of 16, for comparing by eye. */
    public static String fingerprintLines(String fingerprint) {
        if (fingerprint == null || fingerprint.length() != 95) {
            return fingerprint == null ? "" : fingerprint;
        }
        return fingerprint.substring(0, 47) + "\n" + fingerprint.substring(48);
    }

    /** The user's explicit choice to trust {@link #untrustedFingerprintProperty()} for this account. */
    public BooleanProperty trustCertificateProperty() {
        return trustCertificate;
    }

    /** Whether the system has a keyring for the password (else it is kept in memory for the session). */
    public ReadOnlyBooleanProperty keyringAvailableProperty() {
        return keyringAvailable;
    }

    public I18n i18n() {
        return i18n;
    }
}
