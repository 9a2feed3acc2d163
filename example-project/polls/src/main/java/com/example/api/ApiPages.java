package com.example.api;

import dev.mosaic.http.Params;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import dev.mosaic.orm.ObjectList;
import dev.mosaic.orm.Page;
import dev.mosaic.orm.Paginator;

import java.util.List;
import java.util.function.Function;

/**
 * A list endpoint's answer, one page at a time through the framework's {@link Paginator}:
 * {@code ?page=2&page_size=20} gives
 * {@code {"count": 42, "next": "/api/questions/?page=3&page_size=20", "previous": "/api/questions/?page=1&page_size=20", "results": [...]}}
 * (Django REST framework's shape). The links are relative, as the items' own {@code url} and
 * the {@code Location} of a created item are, and carry the context path under a WAR.
 */
final class ApiPages {
    static final int PAGE_SIZE = 10;
    /** A larger {@code page_size} is served as this many (as Django REST framework's {@code max_page_size}). */
    static final int MAX_PAGE_SIZE = 100;

    record Body(long count, String next, String previous, List<?> results) {
    }

    private ApiPages() {
    }

    /**
     * The page {@code ?page=} names (the first without it) of {@code objects}, each written by
     * {@code toJson}; 400 for a {@code page} or {@code page_size} that is not a whole number from
     * 1, 404 for a page past the last.
     */
    static <T> Response of(Request request, String listUrl, ObjectList<T> objects, Function<T, ?> toJson) {
        Params query = request.query();
        String sizeParam = query.get("page_size");
        int size = PAGE_SIZE;
        if (sizeParam != null) {
            int asked = positive(sizeParam);
            if (asked < 1) {
                return ApiJson.error(400, "page_size must be a whole number from 1 to " + MAX_PAGE_SIZE + ", not '"
                        + sizeParam + "'.");
            }
            size = Math.min(asked, MAX_PAGE_SIZE);
        }
        String pageParam = query.get("page");
        int number = pageParam == null ? 1 : positive(pageParam);
        if (number < 1) {
            return ApiJson.error(400, "page must be a whole number from 1, not '" + pageParam + "'.");
        }
        Paginator<T> paginator = new Paginator<>(objects, size);
        int pages = paginator.numPages();
        if (number > pages) {
            return ApiJson.error(404, "There is no page " + pageParam + ": the last page is " + pages + ".");
        }
        Page<T> page = paginator.page(number);
        String sizePart = sizeParam == null ? "" : "&page_size=" + size;
        String next = page.hasNext() ? listUrl + "?page=" + (number + 1) + sizePart : null;
        String previous = page.hasPrevious() ? listUrl + "?page=" + (number - 1) + sizePart : null;
        List<?> results = page.objectList().stream().map(toJson).toList();
        return ApiJson.json(200, new Body(paginator.count(), next, previous, results));
    }

    /**
     * {@code text} as a number when it is only ASCII digits (no sign, no spaces), capped at
     * {@link Integer#MAX_VALUE} (a page that far is past the last one anyway); -1 when it is not.
     */
    static int positive(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = Math.min(Integer.MAX_VALUE, value * 10 + (c - '0'));
        }
        return (int) value;
    }
}
