package com.example.site;

import dev.mosaic.management.ManageCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code manage demo}: fills an empty site with demo posts, comments, tags and polls. With DEBUG on
 * it also makes the staff account {@code demo} and prints its password; with DEBUG off (production)
 * never, and the posts belong to an {@code editor} account that cannot log in.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Fills an empty site with demo posts, comments, tags and polls (and, with DEBUG on, a demo login).")
public final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    ManageCommand manage;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean debug = manage.application().settings().debug();
        if (DemoData.fillIfEmpty(debug)) {
            out.println("Demo content added: 7 posts with tags and comments, 3 polls.");
        } else {
            out.println("The site has content already: no demo content added.");
        }
        if (debug) {
            out.println("Demo login (staff, may write posts and create polls): " + DemoData.USERNAME + " / " + DemoData.PASSWORD);
        }
        out.flush();
        return 0;
    }
}
