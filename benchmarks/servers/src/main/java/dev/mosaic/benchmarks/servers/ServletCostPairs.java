package dev.mosaic.benchmarks.servers;

import dev.mosaic.conf.Settings;
import dev.mosaic.server.Application;
import dev.mosaic.server.MosaicServlet;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The framework's own cost per request, without the container: {@link RawServer} and {@link
 * MosaicServlet} (the settings of {@link MosaicServer}: the default middleware) called with the same mock
 * request in alternating blocks of 2,000, timed by the thread's CPU time so that a busy machine
 * stretches both halves of a pair alike; prints the medians and the median per-pair difference.
 *
 * <pre>{@code
 * java -cp benchmarks/servers/target/bench-servers.jar dev.mosaic.benchmarks.servers.ServletCostPairs /plaintext browser 200
 * }</pre>
 * Arguments: the path ({@code /plaintext}, {@code /json}), {@code host} (only a Host header, as
 * wrk sends) or {@code browser} (six headers a browser sends), and the number of pairs.
 */
public final class ServletCostPairs {
    static final Map<String, String> HEADERS = new LinkedHashMap<>();
    static {
        HEADERS.put("Host", "localhost:9090");
        HEADERS.put("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0");
        HEADERS.put("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        HEADERS.put("Accept-Language", "en-US,en;q=0.5");
        HEADERS.put("Accept-Encoding", "gzip, deflate, br");
        HEADERS.put("Connection", "keep-alive");
    }

    static final ServletOutputStream SINK = new ServletOutputStream() {
        public boolean isReady() { return true; }
        public void setWriteListener(WriteListener l) { }
        public void write(int b) { }
        public void write(byte[] b, int o, int n) { }
    };
    static final ServletInputStream EMPTY_IN = new ServletInputStream() {
        public boolean isFinished() { return true; }
        public boolean isReady() { return true; }
        public void setReadListener(ReadListener l) { }
        public int read() { return -1; }
    };

    static HttpServletRequest request(String uri, boolean browser) {
        Map<String, String> h = browser ? HEADERS : Map.of("Host", "localhost:9090");
        return (HttpServletRequest) Proxy.newProxyInstance(ServletCostPairs.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (p, m, a) -> switch (m.getName()) {
                    case "getRequestURI" -> uri;
                    case "getContextPath", "getServletPath" -> "";
                    case "getPathInfo" -> uri;
                    case "getMethod" -> "GET";
                    case "getQueryString" -> null;
                    case "getScheme" -> "http";
                    case "getServerName" -> "localhost";
                    case "getServerPort" -> 9090;
                    case "getRemoteAddr" -> "127.0.0.1";
                    case "getProtocol" -> "HTTP/1.1";
                    case "getHeaderNames" -> Collections.enumeration(h.keySet());
                    case "getHeaders" -> { String v = find(h, (String) a[0]); yield Collections.enumeration(v == null ? List.of() : List.of(v)); }
                    case "getHeader" -> find(h, (String) a[0]);
                    case "getDateHeader" -> -1L;
                    case "getInputStream" -> EMPTY_IN;
                    case "getContentLengthLong" -> -1L;
                    case "getContentLength" -> -1;
                    case "getDispatcherType" -> jakarta.servlet.DispatcherType.REQUEST;
                    case "getAttribute" -> null;
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == a[0];
                    case "toString" -> "mock";
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    static String find(Map<String, String> h, String name) {
        for (Map.Entry<String, String> e : h.entrySet()) if (e.getKey().equalsIgnoreCase(name)) return e.getValue();
        return null;
    }

    static HttpServletResponse response() {
        List<String> names = new ArrayList<>();
        return (HttpServletResponse) Proxy.newProxyInstance(ServletCostPairs.class.getClassLoader(),
                new Class<?>[]{HttpServletResponse.class}, (p, m, a) -> switch (m.getName()) {
                    case "setStatus", "setContentLengthLong", "setContentLength", "setContentType", "flushBuffer" -> null;
                    case "setHeader", "addHeader" -> { names.add((String) a[0]); yield null; }
                    case "getHeaderNames" -> names;
                    case "containsHeader" -> names.contains(a[0]);
                    case "getOutputStream" -> SINK;
                    case "isCommitted" -> false;
                    case "hashCode" -> System.identityHashCode(p);
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    public static void main(String[] args) throws Exception {
        String path = args.length > 0 ? args[0] : "/plaintext";
        boolean browser = args.length > 1 && args[1].equals("browser");
        int pairs = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        byte[] key = new byte[32];
        new Random(1).nextBytes(key);
        Settings settings = MosaicServer.settings(key);
        HttpServlet mosaic = new MosaicServlet(Application.start(settings));
        HttpServlet raw = new RawServer();
        HttpServletRequest req = request(path, browser);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int block = 2000;
        for (int i = 0; i < 100_000; i++) { raw.service(req, response()); mosaic.service(req, response()); }
        double[] rawNs = new double[pairs], mosNs = new double[pairs];
        for (int p = 0; p < pairs; p++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < block; i++) raw.service(req, response());
            long t1 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < block; i++) mosaic.service(req, response());
            long t2 = mx.getCurrentThreadCpuTime();
            rawNs[p] = (t1 - t0) / (double) block;
            mosNs[p] = (t2 - t1) / (double) block;
        }
        double[] diff = new double[pairs];
        for (int p = 0; p < pairs; p++) diff[p] = mosNs[p] - rawNs[p];
        Arrays.sort(rawNs); Arrays.sort(mosNs); Arrays.sort(diff);
        System.out.printf("%s %s: raw %.0f ns, mosaic %.0f ns, mosaic minus raw %.0f ns (quartiles %.0f .. %.0f)%n",
                path, browser ? "browser-headers" : "host-only", rawNs[pairs / 2], mosNs[pairs / 2], diff[pairs / 2],
                diff[pairs / 4], diff[3 * pairs / 4]);
    }
}
