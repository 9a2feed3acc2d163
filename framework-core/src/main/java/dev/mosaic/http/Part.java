package dev.mosaic.http;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The headers of one part of a multipart body: its field name, file name and content type. */
record Part(String name, String filename, String contentType) {

    static Part of(List<String> headerLines) {
        String disposition = null;
        String contentType = null;
        for (String line : headerLines) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw MultipartParser.malformed("a part has a header line without a colon");
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (name.equals("content-disposition")) {
                disposition = value;
            } else if (name.equals("content-type")) {
                contentType = value;
            }
        }
        if (disposition == null || !HeaderParams.type(disposition).equals("form-data")) {
            throw MultipartParser.malformed("a part has no 'Content-Disposition: form-data' header");
        }
        Map<String, String> params = HeaderParams.parse(disposition);
        String field = params.get("name");
        if (field == null) {
            throw MultipartParser.malformed("a part's Content-Disposition has no name");
        }
        return new Part(field, params.get("filename"), contentType);
    }

    /** The charset of a field value: the part's own, else the request's. */
    Charset charset(Charset fallback) {
        if (contentType == null) {
            return fallback;
        }
        String name = HeaderParams.parse(contentType).get("charset");
        if (name == null) {
            return fallback;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new BadRequest("Unsupported charset '" + name + "' in a multipart part");
        }
    }
}
