package uk.gov.ddat.capability.bot.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The API's OpenAPI 3.1 description, checked in as {@code api/openapi.yaml} and served as it is.
 *
 * @param yaml the file's bytes
 * @param hash its SHA-256, part of every entity tag: a new description is a new version of every answer
 */
record OpenApiSpec(byte[] yaml, String hash) {

    static final String RESOURCE = "/api/openapi.yaml";

    static OpenApiSpec load() {
        try (InputStream in = OpenApiSpec.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            byte[] bytes = in.readAllBytes();
            return new OpenApiSpec(bytes, ApiIndex.sha256(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }
}
