package dev.mosaic.benchmarks.workload;

import java.util.List;
import java.util.Map;

/**
 * The fortunes page: one Thymeleaf template, {@code templates/bench/fortunes.html} in this jar,
 * that every server renders through its own Thymeleaf integration (each message through
 * {@code th:text}, so escaped by Thymeleaf). The servers differ in how they reach the engine,
 * not in the markup: run.sh compares their bodies.
 */
public final class FortunesPage {
    /** The template's name from a {@code templates/} root: Mosaic's {@code render} and the raw servlet use it. */
    public static final String TEMPLATE = "bench/fortunes.html";
    /** The same without the suffix, as Spring MVC names a view ({@code spring.thymeleaf.suffix} adds it). */
    public static final String VIEW = "bench/fortunes";
    /** The one variable the template reads. */
    public static final String VARIABLE = "fortunes";

    private FortunesPage() {
    }

    /** The template's model: the sorted fortunes under {@link #VARIABLE}. */
    public static Map<String, Object> model(List<Fortune> fortunes) {
        return Map.of(VARIABLE, fortunes);
    }
}
