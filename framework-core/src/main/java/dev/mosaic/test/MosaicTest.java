package dev.mosaic.test;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that runs against a started Mosaic project. Test methods (and constructors,
 * {@code @BeforeEach} methods) may take {@link dev.mosaic.conf.Settings},
 * {@link dev.mosaic.server.Application}, {@link dev.mosaic.apps.Apps} and {@link Client}
 * parameters. One application is started per distinct settings in a test class and shared by
 * its tests; each test gets a fresh {@code Client} (its own cookies).
 *
 * <pre>{@code
 * @MosaicTest(settings = "classpath:settings.yaml", overrides = "DEBUG=false")
 * class BlogTest {
 *     @Test
 *     void indexLists(Client client) {
 *         assertEquals(200, client.get("/blog/").status());
 *     }
 *
 *     @Test
 *     @WithSettings("APPEND_SLASH=false")
 *     void noRedirectWithoutAppendSlash(Client client) { ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MosaicExtension.class)
public @interface MosaicTest {

    /**
     * The settings file, as for {@code manage --settings}: a path or {@code classpath:name}.
     * Empty (the default): no file, only the framework defaults and the overrides, which suits
     * tests of a single feature.
     */
    String settings() default "";

    /** A profile whose {@code settings.<profile>.yaml} is layered over {@link #settings()}. */
    String profile() default "";

    /** {@code KEY=value} assignments over the file, values read as YAML ({@code DEBUG=true}). */
    String[] overrides() default {};
}
