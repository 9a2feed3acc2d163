package dev.mosaic.benchmarks.servers;

import dev.mosaic.apps.AppConfig;

/**
 * The benchmark site's one app (label {@code bench}), installed so that Mosaic finds the shared
 * {@code templates/bench/fortunes.html} the way it finds any app's templates ({@code APP_DIRS}):
 * in the app's own jar, here the runnable bench-servers.jar that also carries the workload.
 */
public final class BenchApp implements AppConfig {
}
