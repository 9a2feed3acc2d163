package dev.mosaic.benchmarks;

import dev.mosaic.http.Handler;
import dev.mosaic.http.Response;
import dev.mosaic.urls.Resolver;
import dev.mosaic.urls.Resolver404;
import dev.mosaic.urls.ResolverMatch;
import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static dev.mosaic.urls.Urls.include;
import static dev.mosaic.urls.Urls.path;

/**
 * URL resolving time as the route table grows. The table is a site of apps, each included
 * under its own prefix and namespace with ten routes: static, int/slug/str converters, a
 * converter inside a segment, and a path-converter tail. Paths hit routes declared late.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
public class ResolveBenchmark {
    private static final Handler VIEW = request -> Response.text("ok");

    @Param({"10", "100", "1000", "10000"})
    public int routes;

    private Resolver resolver;
    private String lateIndex;
    private String lateStatic;
    private String lateDynamic;
    private String lateTail;
    private String missInApp;

    static final class App implements UrlConf {
        public String appName() {
            return "app";
        }

        public List<UrlPattern> patterns() {
            return List.of(
                    path("", VIEW, "index"),
                    path("about/", VIEW, "about"),
                    path("<int:id>/", VIEW, "detail"),
                    path("<int:id>/edit/", VIEW, "edit"),
                    path("<slug:slug>/", VIEW, "by-slug"),
                    path("archive/<int:year>/<int:month>/", VIEW, "archive"),
                    path("page-<int:n>.html", VIEW, "page"),
                    path("tags/<str:tag>/", VIEW, "tag"),
                    path("files/<path:rest>", VIEW, "files"),
                    path("static/latest/", VIEW, "latest"));
        }
    }

    @Setup
    public void setUp() {
        int apps = routes / 10;
        List<UrlPattern> site = new ArrayList<>();
        App app = new App();
        for (int i = 0; i < apps; i++) {
            site.add(path("app" + i + "/", include(app, "app" + i)));
        }
        List<UrlPattern> root = List.copyOf(site);
        resolver = Resolver.compile(() -> root, Map.of(), "");
        String last = "/app" + (apps - 1) + "/";
        lateIndex = last;
        lateStatic = last + "static/latest/";
        lateDynamic = last + "archive/2024/05/";
        lateTail = last + "files/docs/2024/index.html";
        missInApp = last + "nothing/here/";
        if (resolver.routes().size() != routes || !resolver.isValidPath(lateDynamic)) {
            throw new IllegalStateException("benchmark table is not what it claims");
        }
    }

    /** The app's index route: no parameters and no sibling converter tried on the way. */
    @Benchmark
    public ResolverMatch resolveLateIndex() {
        return resolver.resolve(lateIndex);
    }

    @Benchmark
    public ResolverMatch resolveLateStatic() {
        return resolver.resolve(lateStatic);
    }

    @Benchmark
    public ResolverMatch resolveLateConverters() {
        return resolver.resolve(lateDynamic);
    }

    @Benchmark
    public ResolverMatch resolveLatePathTail() {
        return resolver.resolve(lateTail);
    }

    @Benchmark
    public Object resolveMiss() {
        try {
            return resolver.resolve(missInApp);
        } catch (Resolver404 e) {
            return e;
        }
    }
}
