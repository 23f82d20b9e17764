package org.threadguard.app.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads FXML views with the visible strings of the current {@link I18n} and a controller factory
 * that builds controllers by constructor injection (no field injection of services).
 */
public final class ViewLoader {
    private final I18n i18n;
    private final Map<Class<?>, Supplier<?>> controllers = new HashMap<>();

    public ViewLoader(I18n i18n) {
        this.i18n = i18n;
    }

    /** Registers how to build a controller class (for top-level and fx:include'd views alike). */
    public <T> ViewLoader register(Class<T> type, Supplier<? extends T> factory) {
        controllers.put(type, factory);
        return this;
    }

    /** A loaded view and its controller. */
    public record View<C>(Parent root, C controller) {
    }

    public <C> View<C> load(String resource) {
        URL url = Objects.requireNonNull(ViewLoader.class.getResource(resource), resource);
        FXMLLoader loader = new FXMLLoader(url, i18n.bundle());
        loader.setControllerFactory(type -> {
            Supplier<?> s = controllers.get(type);
            if (s == null) {
                throw new IllegalStateException("No controller factory registered for " + type.getName());
            }
            return s.get();
        });
        try {
            Parent root = loader.load();
            return new View<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + resource + ": " + e.getMessage(), e);
        }
    }
}
