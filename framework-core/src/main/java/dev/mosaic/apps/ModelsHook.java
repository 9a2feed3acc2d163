package dev.mosaic.apps;

import dev.mosaic.conf.Settings;

/**
 * Called once per app registry, after every app's models are collected and before any app's
 * {@code ready()}: the point where the ORM builds its metadata. Register an implementation in
 * {@code META-INF/services/dev.mosaic.apps.ModelsHook}; it is found through
 * {@link java.util.ServiceLoader} on the context class loader.
 */
public interface ModelsHook {
    void modelsLoaded(Apps apps, Settings settings);
}
