package dev.mosaic.internal;

import dev.mosaic.conf.ImproperlyConfigured;
import dev.mosaic.conf.Settings;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InstantiationTest {
    public interface Part {
    }

    public static final class WithSettings implements Part {
        final Settings settings;

        public WithSettings() {
            this(null);
        }

        public WithSettings(Settings settings) {
            this.settings = settings;
        }
    }

    public static final class Plain implements Part {
    }

    public static final class Throws implements Part {
        public Throws() {
            throw new IllegalStateException("no database");
        }
    }

    public static final class NeedsAnInt implements Part {
        public NeedsAnInt(int x) {
        }
    }

    private final Settings settings = Settings.of(Map.of());

    private ImproperlyConfigured failure(Class<?> c) {
        return assertThrows(ImproperlyConfigured.class,
                () -> Instantiation.create(Part.class, c.getName(), settings, "MIDDLEWARE", "lists"));
    }

    @Test
    void prefersTheSettingsConstructorAndFallsBackToTheNoArgumentOne() {
        Part made = Instantiation.create(Part.class, WithSettings.class.getName(), settings, "X", "names");
        assertSame(settings, ((WithSettings) made).settings);
        assertEquals(Plain.class, Instantiation.create(Part.class, Plain.class.getName(), settings, "X", "names")
                .getClass());
    }

    @Test
    void aFailingConstructorIsReportedWithItsCauseNotAReflectionWrapper() {
        ImproperlyConfigured e = failure(Throws.class);
        assertEquals("Setting MIDDLEWARE (from framework defaults) lists " + Throws.class.getName() + ", whose constructor"
                + " threw java.lang.IllegalStateException: no database. Fix: the cause below shows where; a"
                + " constructor should only read settings.", e.getMessage());
        assertEquals(IllegalStateException.class, e.getCause().getClass());
    }

    @Test
    void aClassWithoutAUsableConstructorSaysWhichOnesWork() {
        assertEquals("Setting MIDDLEWARE (from framework defaults) lists " + NeedsAnInt.class.getName() + ", which cannot be"
                + " created: it needs a public constructor taking Settings, or a public one taking nothing. Fix: make"
                + " NeedsAnInt a public, non-abstract class with public NeedsAnInt(Settings settings) or public"
                + " NeedsAnInt().", failure(NeedsAnInt.class).getMessage());
    }

    @Test
    void aClassOfTheWrongTypeOrMissingFromTheClasspathIsNamed() {
        assertEquals("Setting MIDDLEWARE (from framework defaults) lists java.lang.String, which does not implement "
                + Part.class.getName() + ". Fix: implement " + Part.class.getName() + " in java.lang.String, or"
                + " remove it from MIDDLEWARE.", failure(String.class).getMessage());
        ImproperlyConfigured missing = assertThrows(ImproperlyConfigured.class,
                () -> Instantiation.create(Part.class, "com.example.Nope", settings, "ROOT_URLCONF", "names"));
        assertEquals("Setting ROOT_URLCONF (from framework defaults) names com.example.Nope, which is not on the classpath."
                + " Fix: check the package and spelling of the class name, or add the dependency that provides it.",
                missing.getMessage());
    }
}
