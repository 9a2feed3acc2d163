package dev.mosaic.middleware;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.List;

/** Records what one logger receives while open: {@code try (var log = LogCapture.of("dev.mosaic.request")) {...}}. */
final class LogCapture implements AutoCloseable {
    private final Logger logger;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LogCapture(String name) {
        this.logger = (Logger) LoggerFactory.getLogger(name);
        appender.start();
        logger.addAppender(appender);
    }

    static LogCapture of(String name) {
        return new LogCapture(name);
    }

    List<ILoggingEvent> events() {
        return List.copyOf(appender.list);
    }

    ILoggingEvent only() {
        List<ILoggingEvent> all = events();
        if (all.size() != 1) {
            throw new AssertionError("expected one log event, got " + all.size() + ": " + all);
        }
        return all.get(0);
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
    }
}
