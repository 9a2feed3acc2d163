package dev.mosaic.middleware.internal;

import dev.mosaic.http.Response;

/**
 * The plain pages shown when nothing better is available (DEBUG off, no handler, no template),
 * and the reason phrases used in logs and JSON errors. They reveal nothing about the project.
 */
final class StatusPages {
    private StatusPages() {
    }

    static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Server Error" : "Error";
        };
    }

    /** Django's wording for the four handled statuses; a heading for any other. */
    static String body(int status) {
        return switch (status) {
            case 400 -> "<h1>Bad Request (400)</h1>";
            case 403 -> "<h1>403 Forbidden</h1>";
            case 404 -> "<h1>Not Found</h1><p>The requested resource was not found on this server.</p>";
            case 500 -> "<h1>Server Error (500)</h1>";
            default -> "<h1>" + reason(status) + " (" + status + ")</h1>";
        };
    }

    static Response plain(int status) {
        return plain(status, null);
    }

    /** @param message a message written for the client (escaped here), or null */
    static Response plain(int status, String message) {
        String detail = message == null ? "" : "\n<p class=\"detail\">" + Html.escape(message) + "</p>";
        String html = "<!doctype html>\n<html lang=\"en\">\n<head><title>" + reason(status) + "</title></head>\n<body>\n"
                + body(status) + detail + "\n</body>\n</html>\n";
        return Response.html(html).withStatus(status);
    }
}
