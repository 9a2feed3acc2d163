package dev.mosaic.checks;

import dev.mosaic.conf.ImproperlyConfigured;
import dev.mosaic.server.Application;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;

/**
 * One run of the system checks and its verdict, for every place that gates on them:
 * {@code manage check}, {@code manage runserver} and the servlet container initializer.
 *
 * <pre>{@code
 * CheckRun run = CheckRun.beforeServing(app);
 * if (!run.print(out, err)) { return 1; }
 * }</pre>
 */
public final class CheckRun {
    private final List<CheckMessage> messages;
    private final boolean failed;

    private CheckRun(List<CheckMessage> messages, boolean failed) {
        this.messages = messages;
        this.failed = failed;
    }

    /** Runs the checks as {@link Checks#run(Application, boolean, Set)}; fails at {@code failLevel} or above. */
    public static CheckRun of(Application app, boolean deploy, Set<String> tags, CheckMessage.Level failLevel) {
        List<CheckMessage> found = Checks.run(app, deploy, tags);
        return new CheckRun(found, CheckReport.fails(found, failLevel));
    }

    /** The checks run before serving: all but the deploy ones, failing on an ERROR or worse. */
    public static CheckRun beforeServing(Application app) {
        return of(app, false, Set.of(), CheckMessage.Level.ERROR);
    }

    public List<CheckMessage> messages() {
        return messages;
    }

    public boolean failed() {
        return failed;
    }

    /** {@link CheckReport#format}: "System check identified no issues." when there is nothing. */
    public String report() {
        return CheckReport.format(messages);
    }

    /** Prints the report to {@code err} when the run failed, else to {@code out}; true when it passed. */
    public boolean print(PrintWriter out, PrintWriter err) {
        (failed ? err : out).println(report());
        return !failed;
    }

    /** Throws {@link ImproperlyConfigured} with the report when the run failed; else returns this run. */
    public CheckRun orThrow() {
        if (failed) {
            throw new ImproperlyConfigured("System checks failed:\n" + report());
        }
        return this;
    }
}
