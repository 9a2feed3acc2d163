package dev.mosaic.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides settings for a {@link MosaicTest} class or one of its test methods, as
 * {@code KEY=value} with the value read as YAML: {@code "DEBUG=true"},
 * {@code "ALLOWED_HOSTS=[example.com, www.example.com]"}, {@code "DATABASES__default__URL=jdbc:h2:mem:t"}.
 * Applied in order: {@code MosaicTest.overrides}, then the class's, then the method's.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WithSettings {
    String[] value();
}
