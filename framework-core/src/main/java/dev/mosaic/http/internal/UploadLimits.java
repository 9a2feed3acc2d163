package dev.mosaic.http.internal;

import dev.mosaic.conf.Settings;
import dev.mosaic.http.BadRequest;
import dev.mosaic.http.RequestDataTooBig;

import java.nio.file.Path;

/**
 * The upload limits of Django, read from settings when the request belongs to an application
 * and Django's defaults otherwise. A setting present with an empty value (YAML {@code ~})
 * disables that limit, as {@code None} does in Django.
 *
 * <p>Read once per application at start-up (see {@code Application.uploadLimits()}), never per request.
 */
public record UploadLimits(long maxMemorySize, long maxFields, long maxFiles, long fileMaxMemorySize, Path tempDir) {
    public static final long DEFAULT_MEMORY_SIZE = 2_621_440;
    public static final long DEFAULT_FIELDS = 1000;
    public static final long DEFAULT_FILES = 100;

    public static final UploadLimits DEFAULTS =
            new UploadLimits(DEFAULT_MEMORY_SIZE, DEFAULT_FIELDS, DEFAULT_FILES, DEFAULT_MEMORY_SIZE, null);

    public static UploadLimits from(Settings settings) {
        if (settings == null) {
            return DEFAULTS;
        }
        String tempDir = settings.string("FILE_UPLOAD_TEMP_DIR");
        return new UploadLimits(
                limit(settings, "DATA_UPLOAD_MAX_MEMORY_SIZE", DEFAULT_MEMORY_SIZE),
                limit(settings, "DATA_UPLOAD_MAX_NUMBER_FIELDS", DEFAULT_FIELDS),
                limit(settings, "DATA_UPLOAD_MAX_NUMBER_FILES", DEFAULT_FILES),
                limit(settings, "FILE_UPLOAD_MAX_MEMORY_SIZE", DEFAULT_MEMORY_SIZE),
                tempDir == null || tempDir.isBlank() ? null : Path.of(tempDir));
    }

    private static long limit(Settings settings, String key, long fallback) {
        if (!settings.contains(key)) {
            return fallback;
        }
        return settings.get(key) == null ? Long.MAX_VALUE : settings.longValue(key);
    }

    public static RequestDataTooBig tooBig(long limit) {
        return new RequestDataTooBig("Request body exceeded DATA_UPLOAD_MAX_MEMORY_SIZE (" + limit + " bytes)."
                + " Send files as multipart/form-data, or raise the setting.");
    }

    public static BadRequest tooManyFields(long limit) {
        return new BadRequest("The number of GET/POST parameters exceeded DATA_UPLOAD_MAX_NUMBER_FIELDS ("
                + limit + ")");
    }

    public static BadRequest tooManyFiles(long limit) {
        return new BadRequest("The number of files exceeded DATA_UPLOAD_MAX_NUMBER_FILES (" + limit + ")");
    }
}
