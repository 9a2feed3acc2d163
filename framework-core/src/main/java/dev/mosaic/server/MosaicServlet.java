package dev.mosaic.server;

import dev.mosaic.http.Cookie;
import dev.mosaic.http.Request;
import dev.mosaic.http.Response;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

/**
 * The one servlet: adapts the container's request to a {@link Request}, runs it through the
 * {@link Application}, and writes the {@link Response} back. The same class serves embedded
 * Jetty and a WAR in Tomcat.
 */
public final class MosaicServlet extends HttpServlet {
    private final transient Application application;

    public MosaicServlet(Application application) {
        this.application = application;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Response response = application.handle(toRequest(req));
        write(req, response, resp);
    }

    static Request toRequest(HttpServletRequest req) throws IOException {
        String uri = req.getRequestURI();
        String context = req.getContextPath();
        String raw = uri.substring(Math.min(context.length(), uri.length()));
        String path = dev.mosaic.http.UrlEncoded.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        Request.Builder b = Request.builder(req.getMethod(), path.isEmpty() ? "/" : path)
                .query(req.getQueryString())
                .scheme(req.getScheme())
                .server(req.getServerName(), req.getServerPort())
                .remoteAddr(req.getRemoteAddr())
                .contextPath(context)
                .body(req.getInputStream(), req.getContentLengthLong());
        for (Enumeration<String> names = req.getHeaderNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            for (Enumeration<String> values = req.getHeaders(name); values.hasMoreElements(); ) {
                b.header(name, values.nextElement());
            }
        }
        return b.build();
    }

    static void write(HttpServletRequest req, Response response, HttpServletResponse resp) throws IOException {
        resp.setStatus(response.status());
        for (Map.Entry<String, List<String>> e : response.headers().asMap().entrySet()) {
            for (String v : e.getValue()) {
                resp.addHeader(e.getKey(), v);
            }
        }
        for (Cookie c : response.cookies()) {
            resp.addHeader("Set-Cookie", c.toHeader());
        }
        if (!response.isStreaming()) {
            resp.setContentLength(response.bodyBytes().length);
        }
        if ("HEAD".equals(req.getMethod())) {
            return;
        }
        OutputStream out = resp.getOutputStream();
        response.writeBody(out);
        out.flush();
    }
}
