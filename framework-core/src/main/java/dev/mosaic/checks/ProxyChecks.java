package dev.mosaic.checks;

import dev.mosaic.conf.Settings;
import dev.mosaic.server.Application;

import java.util.List;

/** What a project behind a reverse proxy needs beyond the TLS header. */
final class ProxyChecks {
    private ProxyChecks() {
    }

    /**
     * mosaic.W001: SECURE_PROXY_SSL_HEADER says a proxy is in front, but client addresses still
     * come from the connection, which is the proxy's for everyone.
     */
    static List<CheckMessage> remoteAddrHeader(Application app) {
        Settings s = app.settings();
        boolean behindProxy = s.contains("SECURE_PROXY_SSL_HEADER") && s.get("SECURE_PROXY_SSL_HEADER") != null
                && !s.list("SECURE_PROXY_SSL_HEADER").isEmpty();
        String header = app.hostPolicy().remoteAddrHeader();
        if (!behindProxy || header != null) {
            return List.of();
        }
        return List.of(CheckMessage.warning("mosaic.W001",
                "SECURE_PROXY_SSL_HEADER says a proxy is in front of Mosaic, but REMOTE_ADDR_HEADER is not set, so"
                        + " request.remoteAddr() is the proxy's address for every visitor: the login throttle counts"
                        + " them all as one address (and locks everyone out together), and INTERNAL_IPS matches"
                        + " everyone.",
                "Set REMOTE_ADDR_HEADER: X-Real-IP and add proxy_set_header X-Real-IP $remote_addr; to the Nginx"
                        + " location (docs/deployment.md#client-addresses). If the container already puts the"
                        + " client's address in place (Tomcat's RemoteIpValve), silence mosaic.W001."));
    }
}
