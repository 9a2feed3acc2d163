package dev.mosaic.conf;

import java.util.List;

/**
 * Contributes known settings from a module other than core (the ORM, the template backend, a
 * reusable app). Register an implementation in
 * {@code META-INF/services/dev.mosaic.conf.SettingsDefinitions}; the loader finds it through
 * {@link java.util.ServiceLoader} on the context class loader.
 *
 * <pre>{@code
 * public final class OrmSettings implements SettingsDefinitions {
 *     public List<SettingDefinition> definitions() {
 *         return List.of(SettingDefinition.bool("ATOMIC_REQUESTS", false, "Wrap each request in a transaction."));
 *     }
 * }
 * }</pre>
 */
public interface SettingsDefinitions {
    List<SettingDefinition> definitions();
}
