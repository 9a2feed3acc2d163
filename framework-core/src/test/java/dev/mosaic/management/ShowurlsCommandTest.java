package dev.mosaic.management;

import dev.mosaic.conf.Settings;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.middleware.Csrf;
import dev.mosaic.middleware.XFrameOptions;
import dev.mosaic.urls.UrlConf;
import dev.mosaic.urls.UrlPattern;
import dev.mosaic.views.View;
import dev.mosaic.views.generic.RedirectView;
import dev.mosaic.views.generic.TemplateView;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.mosaic.urls.Urls.include;
import static dev.mosaic.urls.Urls.path;
import static dev.mosaic.views.Views.requirePost;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ShowurlsCommandTest {
    public static final class SiteUrls implements UrlConf {
        public List<UrlPattern> patterns() {
            return List.of(
                    path("", SiteUrls::home, "home"),
                    path("blog/", include(BlogUrls.class)),
                    path("vote/", Csrf.exempt(requirePost(XFrameOptions.deny(SiteUrls::vote))), "vote"),
                    path("hook/", request -> Response.text("hook"), "hook"),
                    path("old/", RedirectView.to("/new/").permanent()),
                    path("about/", TemplateView.of("about.html"), "about"));
        }

        static Response home(Request request) {
            return Response.text("home");
        }

        static Response vote(Request request) {
            return Response.text("voted");
        }
    }

    public static final class BlogUrls implements UrlConf {
        public String appName() {
            return "blog";
        }

        public List<UrlPattern> patterns() {
            return List.of(path("<int:year>/<slug:slug>/", Detail::new, "detail"));
        }
    }

    public static final class Detail extends View {
        @Override
        public Response get(Request request) {
            return Response.text("detail");
        }
    }

    @Test
    void listsEveryRouteInResolutionOrderWithMethodReferencesByNameThroughDecorators() {
        ManageRun run = ManageRun.of(Settings.of(Map.of("ROOT_URLCONF", SiteUrls.class.getName(),
                "SECRET_KEY", dev.mosaic.TestKeys.SECRET_KEY)), "showurls");
        assertEquals(0, run.exitCode());
        List<String> lines = run.out().lines().toList();
        String site = SiteUrls.class.getName();
        assertEquals(List.of(
                "ROUTE                          NAME         VIEW",
                "/                              home         " + site + "::home",
                "/blog/<int:year>/<slug:slug>/  blog:detail  " + Detail.class.getName(),
                "/vote/                         vote         " + site + "::vote",
                "/hook/                         hook         lambda in " + site + ".patterns()",
                "/old/                                       RedirectView to /new/ (301)",
                "/about/                        about        " + TemplateView.class.getName()), lines);
    }

    @Test
    void saysHowToAddRoutesWhenThereAreNone() {
        ManageRun run = ManageRun.of("showurls");
        assertEquals(0, run.exitCode());
        assertEquals("No URL patterns. Set ROOT_URLCONF in settings.yaml to your root UrlConf class.\n", run.out());
    }
}
