package dev.mosaic.urls;

import dev.mosaic.apps.AppConfig;
import dev.mosaic.conf.ImproperlyConfigured;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AppConvertersTest {
    /** Claims the same name as {@link Echo.YearApp}. */
    public static final class CalendarApp implements AppConfig {
        public Map<String, PathConverter<?>> converters() {
            return Map.of("yyyy", new Echo.YearConverter());
        }
    }

    /** Redefines a built-in. */
    public static final class LaxIntApp implements AppConfig {
        public Map<String, PathConverter<?>> converters() {
            return Map.of("int", Converters.STR);
        }
    }

    @Test
    void twoAppsClaimingOneConverterNameStopStartUp() {
        String message = assertThrows(ImproperlyConfigured.class,
                () -> Echo.client(ConverterRoutingTest.Site.class, Echo.YearApp.class, CalendarApp.class)).getMessage();
        assertEquals("The apps 'year' and 'calendar' both register a path converter named 'yyyy'. Fix: rename one"
                + " of them; routes refer to converters by name.", message);
    }

    @Test
    void anAppRedefiningABuiltInConverterStopsStartUp() {
        String message = assertThrows(ImproperlyConfigured.class,
                () -> Echo.client(ConverterRoutingTest.Site.class, LaxIntApp.class)).getMessage();
        assertEquals("The app 'laxint' registers a path converter named 'int', which is a built-in converter. Fix:"
                + " give it another name in " + LaxIntApp.class.getName() + ".converters().", message);
    }
}
