package dev.mosaic.benchmarks.servers;

import dev.mosaic.benchmarks.workload.Database;
import dev.mosaic.benchmarks.workload.FortunesPage;
import dev.mosaic.benchmarks.workload.Message;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;

import java.util.List;

import static dev.mosaic.shortcuts.Shortcuts.render;
import static dev.mosaic.urls.Urls.path;

/** The benchmark's URLconf: function views, as a Mosaic user writes them. */
public final class MosaicUrls implements UrlConf {
    @Override
    public List<UrlPattern> patterns() {
        return List.of(
                path("plaintext", r -> Response.text(Message.HELLO), "plaintext"),
                path("json", r -> Response.json(new Message(Message.HELLO)), "json"),
                path("h2/db", r -> db(Workloads.h2), "h2-db"),
                path("h2/fortunes", r -> fortunes(r, Workloads.h2), "h2-fortunes"),
                path("pg/db", r -> db(Workloads.pg), "pg-db"),
                path("pg/fortunes", r -> fortunes(r, Workloads.pg), "pg-fortunes"));
    }

    private static Response db(Database db) {
        return Response.json(db.randomWorld());
    }

    private static Response fortunes(Request request, Database db) {
        return render(request, FortunesPage.TEMPLATE, FortunesPage.model(db.sortedFortunes()));
    }
}
