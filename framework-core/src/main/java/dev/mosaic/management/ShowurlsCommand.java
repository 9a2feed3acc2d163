package dev.mosaic.management;

import dev.mosaic.urls.Resolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "showurls",
        description = "Lists every URL pattern of ROOT_URLCONF, in the order the resolver tries them.")
final class ShowurlsCommand implements Callable<Integer> {
    private final Project project;

    @Spec
    CommandSpec spec;

    ShowurlsCommand(Project project) {
        this.project = project;
    }

    /** One line of the table; name and view are blank where the resolver does not know them. */
    record Row(String route, String name, String view) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Row> rows = rows(project.application().urls());
        if (rows.isEmpty()) {
            out.println("No URL patterns. Set ROOT_URLCONF in settings.yaml to your root UrlConf class.");
            return Manage.OK;
        }
        int routeWidth = "ROUTE".length();
        int nameWidth = "NAME".length();
        for (Row r : rows) {
            routeWidth = Math.max(routeWidth, r.route().length());
            nameWidth = Math.max(nameWidth, r.name().length());
        }
        String format = "%-" + routeWidth + "s  %-" + nameWidth + "s  %s";
        out.println(String.format(format, "ROUTE", "NAME", "VIEW").stripTrailing());
        for (Row r : rows) {
            out.println(String.format(format, r.route(), r.name(), r.view()).stripTrailing());
        }
        return Manage.OK;
    }

    static List<Row> rows(Resolver resolver) {
        return resolver.routeInfo().stream()
                .map(r -> new Row("/" + r.route(), r.name() == null ? "" : r.name(), r.view()))
                .toList();
    }
}
