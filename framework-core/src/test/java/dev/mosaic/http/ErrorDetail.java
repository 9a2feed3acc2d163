package dev.mosaic.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the client-facing message out of a production error page, unescaped, for assertions. */
final class ErrorDetail {
    private static final Pattern DETAIL = Pattern.compile("<p class=\"detail\">(.*?)</p>", Pattern.DOTALL);

    private ErrorDetail() {
    }

    static String of(String html) {
        Matcher m = DETAIL.matcher(html);
        if (!m.find()) {
            return "(no detail on the page: " + html + ")";
        }
        return m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#x27;", "'").replace("&amp;", "&");
    }
}
