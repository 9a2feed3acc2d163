package dev.mosaic.checks;

import dev.mosaic.server.Application;

import java.util.List;

/** A system check: inspects the started application and reports problems with stable ids. */
@FunctionalInterface
public interface Check {
    List<CheckMessage> run(Application app);
}
