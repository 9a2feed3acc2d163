package dev.mosaic.benchmarks.spring;

import dev.mosaic.benchmarks.workload.Database;
import dev.mosaic.benchmarks.workload.FortunesPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The fortunes page as a Spring MVC user writes it: a {@code @Controller} filling the
 * {@link Model} and naming the view, which Boot's Thymeleaf auto-configuration resolves to
 * {@code classpath:/templates/bench/fortunes.html} (cached: {@code spring.thymeleaf.cache}
 * is on by default).
 */
@Controller
public class FortunesController {
    private final SpringServer.Databases databases;

    public FortunesController(SpringServer.Databases databases) {
        this.databases = databases;
    }

    @GetMapping("/h2/fortunes")
    public String h2Fortunes(Model model) {
        return fortunes(databases.h2(), model);
    }

    @GetMapping("/pg/fortunes")
    public String pgFortunes(Model model) {
        return fortunes(databases.pg(), model);
    }

    private static String fortunes(Database db, Model model) {
        model.addAllAttributes(FortunesPage.model(db.sortedFortunes()));
        return FortunesPage.VIEW;
    }
}
