package dev.mosaic.orm.migrations.apps;

import dev.mosaic.apps.AppConfig;

import java.util.List;

/**
 * One app, "journal", at three moments of its life (the v1, v2 and v3 blog models). Its v1
 * migrations are also on the test class path (test resources journal/migrations), as an
 * earlier build leaves them in target/classes.
 */
public final class JournalApps {
    private JournalApps() {
    }

    public static class V1 implements AppConfig {
        @Override
        public String label() {
            return "journal";
        }

        @Override
        public List<Class<?>> models() {
            return List.of(dev.mosaic.orm.migrations.fixtures.v1.Author.class, dev.mosaic.orm.migrations.fixtures.v1.Post.class);
        }
    }

    public static class V2 extends V1 {
        @Override
        public List<Class<?>> models() {
            return List.of(dev.mosaic.orm.migrations.fixtures.v2.Author.class, dev.mosaic.orm.migrations.fixtures.v2.Post.class);
        }
    }

    public static class V3 extends V1 {
        @Override
        public List<Class<?>> models() {
            return List.of(dev.mosaic.orm.migrations.fixtures.v3.Author.class, dev.mosaic.orm.migrations.fixtures.v3.Post.class);
        }
    }
}
