package uk.gov.ddat.capability.bot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The checked-in OpenAPI 3.1 description, read as a test reads it: its paths, and each response's
 * schema, against which real responses are validated (networknt json-schema-validator, OpenAPI 3.1
 * dialect, the schemas resolved in the file itself).
 */
final class OpenApiDescription {

    private static final String LOCATION = "classpath:" + OpenApiSpec.RESOURCE.substring(1);

    private final JsonNode document;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31());

    OpenApiDescription() {
        try (InputStream in = OpenApiDescription.class.getResourceAsStream(OpenApiSpec.RESOURCE)) {
            document = YAMLMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode document() {
        return document;
    }

    Set<String> paths() {
        return new TreeSet<>(document.path("paths").propertyNames());
    }

    /** Fails unless the response's status, content type and body are as the description says for GET {@code path}. */
    void assertConforms(String path, HttpResponse<String> response) {
        JsonNode operation = document.path("paths").path(path).path("get");
        assertThat(operation.isObject()).as("GET %s is described", path).isTrue();
        String status = Integer.toString(response.statusCode());
        JsonNode described = operation.path("responses").path(status);
        assertThat(described.isObject()).as("status %s of GET %s is described", status, path).isTrue();
        String pointer = "#/paths/" + escape(path) + "/get/responses/" + status;
        if (described.has("$ref")) {
            pointer = described.path("$ref").asString();
            described = resolve(pointer);
        }
        JsonNode content = described.path("content");
        if (content.isMissingNode()) {
            assertThat(response.body()).as("body of a %s", status).isEmpty();
            return;
        }
        String mediaType = ApiCalls.contentType(response).split(";")[0].trim();
        assertThat(content.has(mediaType)).as("%s of %s %s is described: %s", mediaType, status, path,
                content.propertyNames()).isTrue();
        if (!mediaType.endsWith("json")) {
            return;
        }
        JsonNode schema = content.path(mediaType).path("schema");
        String schemaPointer = schema.has("$ref") && schema.size() == 1 ? schema.path("$ref").asString()
                : pointer + "/content/" + escape(mediaType) + "/schema";
        assertValid(schemaPointer, ApiCalls.json(response));
    }

    void assertValid(String schemaPointer, JsonNode body) {
        assertThat(errors(schemaPointer, body)).as("%s against %s", body, schemaPointer).isEmpty();
    }

    List<Error> errors(String schemaPointer, JsonNode body) {
        Schema schema = registry.getSchema(SchemaLocation.of(LOCATION + schemaPointer));
        return schema.validate(body);
    }

    private JsonNode resolve(String pointer) {
        return document.at(pointer.substring(1));
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
