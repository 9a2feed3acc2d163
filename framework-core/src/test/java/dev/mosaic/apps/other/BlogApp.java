package dev.mosaic.apps.other;

import dev.mosaic.apps.AppConfig;

/** A second app labelled "blog", to clash with {@link dev.mosaic.apps.BlogApp}. */
public final class BlogApp implements AppConfig {
}
