package dev.mosaic.http.internal;

import dev.mosaic.conf.SettingDefinition;
import dev.mosaic.conf.SettingsDefinitions;

import java.util.List;

/** The proxy settings of request hygiene; see docs/request-hygiene.md. */
public final class ProxySettings implements SettingsDefinitions {
    @Override
    public List<SettingDefinition> definitions() {
        return List.of(
                new SettingDefinition("SECURE_PROXY_SSL_HEADER", SettingDefinition.Type.STRING_LIST, null,
                        "[header, value] a TLS-terminating proxy sets, e.g. [X-Forwarded-Proto, https]; empty: not trusted.",
                        null),
                SettingDefinition.bool("USE_X_FORWARDED_HOST", false,
                        "Take the host from X-Forwarded-Host (set only when a proxy sets it)."),
                SettingDefinition.bool("USE_X_FORWARDED_PORT", false,
                        "Take the port from X-Forwarded-Port (set only when a proxy sets it)."),
                SettingDefinition.string("REMOTE_ADDR_HEADER", null,
                        "Header a proxy sets to the client's address (X-Real-IP, or X-Forwarded-For: its rightmost"
                                + " entry); empty: the connection's address."));
    }
}
