package dev.mosaic.contrib.staticfiles;

import dev.mosaic.conf.ImproperlyConfigured;
import dev.mosaic.contrib.staticfiles.internal.CollectError;
import dev.mosaic.contrib.staticfiles.internal.Collector;
import dev.mosaic.contrib.staticfiles.internal.StaticUrl;
import dev.mosaic.management.Terminal;
import dev.mosaic.server.Application;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code manage collectstatic}: copies every static file the finders see into STATIC_ROOT, where
 * Nginx (or any web server) serves them; with STATICFILES_MANIFEST also content-hashed copies and
 * {@code staticfiles.json}. Asks before overwriting unless {@code --noinput}; when standard input is
 * not a terminal it does not wait for an answer but stops, naming {@code --noinput}.
 */
@Command(name = "collectstatic",
        description = "Copies the static files of STATICFILES_DIRS and every app into STATIC_ROOT"
                + " (with STATICFILES_MANIFEST: also content-hashed copies and staticfiles.json).")
public final class CollectstaticCommand implements Callable<Integer> {
    private final Supplier<Application> application;
    /** Where answers come from: a test's stream, or null for the terminal. */
    private final InputStream in;

    @Spec
    CommandSpec spec;

    @Option(names = {"--noinput", "--no-input"}, description = "Do not ask before overwriting or deleting files.")
    boolean noInput;

    @Option(names = "--clear", description = "Delete every file in STATIC_ROOT before copying.")
    boolean clear;

    @Option(names = {"-n", "--dry-run"}, description = "Print what would be done; change nothing.")
    boolean dryRun;

    /** @param application the project, started when the command runs */
    public CollectstaticCommand(Supplier<Application> application) {
        this(application, null);
    }

    CollectstaticCommand(Supplier<Application> application, InputStream in) {
        this.application = application;
        this.in = in;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StaticFiles files = application.get().staticFiles();
        Path root = files.staticRoot();
        if (root == null) {
            throw new ImproperlyConfigured("manage collectstatic copies static files into STATIC_ROOT, which is not set."
                    + " Fix: set STATIC_ROOT to a directory outside your sources that the web server serves at"
                    + " STATIC_URL, e.g. STATIC_ROOT: /srv/mysite/static");
        }
        if (!noInput && in == null && !Terminal.interactive()) {
            err.println(Terminal.cannotAsk("collectstatic", "manage collectstatic --noinput"));
            return 1;
        }
        if (!noInput && !confirmed(out, root)) {
            err.println("Collecting static files cancelled.");
            return 1;
        }
        boolean manifest = files.settings().bool("STATICFILES_MANIFEST");
        Collector.Result result;
        try {
            result = new Collector(root, dryRun, out).collect(files.finders(), clear, manifest,
                    StaticUrl.from(files.settings()).servePrefix());
        } catch (CollectError e) {
            err.println(e.getMessage());
            return 1;
        }
        StringBuilder summary = new StringBuilder();
        if (clear) {
            summary.append(result.deleted()).append(result.deleted() == 1 ? " file" : " files")
                    .append(dryRun ? " would be deleted, " : " deleted, ");
        }
        summary.append(result.copied()).append(result.copied() == 1 ? " static file " : " static files ")
                .append(dryRun ? "would be copied to '" : "copied to '").append(root).append("'");
        if (manifest) {
            summary.append(", ").append(result.postProcessed()).append(" post-processed");
        }
        out.println(summary.append('.'));
        return 0;
    }

    private boolean confirmed(PrintWriter out, Path root) {
        out.println("You have requested to collect static files at the destination location as specified in your"
                + " settings:\n\n    " + root + "\n");
        out.println(clear ? "This will DELETE ALL FILES in this location!" : "This will overwrite existing files!");
        out.print("Are you sure you want to do this?\n\nType 'yes' to continue, or 'no' to cancel: ");
        out.flush();
        try {
            String answer = new BufferedReader(new InputStreamReader(in != null ? in : System.in, Charset.defaultCharset())).readLine();
            return answer != null && answer.trim().equals("yes");
        } catch (IOException e) {
            return false;
        }
    }
}
