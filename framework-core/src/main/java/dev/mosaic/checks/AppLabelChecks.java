package dev.mosaic.checks;

import dev.mosaic.apps.AppConfig;
import dev.mosaic.conf.Settings;
import dev.mosaic.internal.Suggestions;
import dev.mosaic.server.Application;

import java.util.ArrayList;
import java.util.List;

/** mosaic.E001: settings that refer to apps by label must name installed ones. */
final class AppLabelChecks {
    private AppLabelChecks() {
    }

    static List<CheckMessage> unknownLabels(Application app) {
        List<String> labels = app.apps().all().stream().map(AppConfig::label).toList();
        Settings settings = app.settings();
        List<CheckMessage> found = new ArrayList<>();
        String userModel = settings.string("AUTH_USER_MODEL");
        if (userModel != null && userModel.contains(".")) {
            String label = userModel.substring(0, userModel.indexOf('.'));
            checkLabel(settings, "AUTH_USER_MODEL", label, labels, found);
        }
        if (settings.get("MIGRATION_MODULES") instanceof java.util.Map<?, ?>) {
            for (String label : settings.map("MIGRATION_MODULES").keySet()) {
                checkLabel(settings, "MIGRATION_MODULES", label, labels, found);
            }
        }
        return found;
    }

    private static void checkLabel(Settings settings, String key, String label, List<String> labels,
                                   List<CheckMessage> found) {
        if (labels.contains(label)) {
            return;
        }
        found.add(CheckMessage.error("mosaic.E001",
                key + " (from " + settings.origin(key) + ") refers to app label '" + label
                        + "', which is not installed." + Suggestions.didYouMean(label, labels),
                "Add the app's AppConfig class to INSTALLED_APPS or correct the label. Installed labels: "
                        + (labels.isEmpty() ? "none" : String.join(", ", labels)) + "."));
    }
}
