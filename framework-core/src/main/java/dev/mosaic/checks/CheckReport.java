package dev.mosaic.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Formats check findings the way {@code manage check} prints them, most serious first:
 *
 * <pre>
 * ERRORS:
 * (mosaic.E001) AUTH_USER_MODEL (from classpath:settings.yaml) refers to app label 'acount', ...
 * 	HINT: Add the app's AppConfig class to INSTALLED_APPS or correct the label. ...
 *
 * System check identified 1 issue.
 * </pre>
 */
public final class CheckReport {
    private CheckReport() {
    }

    /** The report text, ending with a one-line summary; "System check identified no issues." when empty. */
    public static String format(List<CheckMessage> messages) {
        if (messages.isEmpty()) {
            return "System check identified no issues.";
        }
        List<CheckMessage> sorted = new ArrayList<>(messages);
        sorted.sort(Comparator.comparing(CheckMessage::level).reversed().thenComparing(CheckMessage::id));
        StringBuilder b = new StringBuilder();
        CheckMessage.Level current = null;
        for (CheckMessage m : sorted) {
            if (m.level() != current) {
                if (current != null) {
                    b.append('\n');
                }
                current = m.level();
                b.append(heading(current)).append(":\n");
            }
            b.append(m).append('\n');
        }
        int n = messages.size();
        return b.append('\n').append("System check identified ").append(n).append(n == 1 ? " issue." : " issues.")
                .toString();
    }

    /** True when a finding is at {@code failLevel} or above. */
    public static boolean fails(List<CheckMessage> messages, CheckMessage.Level failLevel) {
        return messages.stream().anyMatch(m -> m.level().compareTo(failLevel) >= 0);
    }

    private static String heading(CheckMessage.Level level) {
        return switch (level) {
            case CRITICAL -> "CRITICALS";
            case ERROR -> "ERRORS";
            case WARNING -> "WARNINGS";
            case INFO -> "INFOS";
            case DEBUG -> "DEBUGS";
        };
    }
}
