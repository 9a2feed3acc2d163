package dev.mosaic.management;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The {@code [host:]port} argument of {@code runserver}; an IPv6 host goes in brackets. */
record HostPort(String host, int port) {
    static final String DEFAULT_HOST = "127.0.0.1";

    static HostPort parse(String text, CommandLine cl) {
        String host = DEFAULT_HOST;
        String port = text;
        int colon = text.lastIndexOf(':');
        if (colon >= 0) {
            host = text.substring(0, colon);
            port = text.substring(colon + 1);
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
        }
        try {
            int p = Integer.parseInt(port);
            if (host.isEmpty() || p < 0 || p > 65535) {
                throw new NumberFormatException();
            }
            return new HostPort(host, p);
        } catch (NumberFormatException e) {
            throw new ParameterException(cl, "'" + text + "' is not a port or host:port. Use e.g."
                    + " `manage runserver 8001` or `manage runserver 0.0.0.0:8000`.");
        }
    }
}
