package uk.gov.ddat.capability.bot.teams;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.microsoft.aad.msal4j.HttpMethod;
import com.microsoft.aad.msal4j.HttpRequest;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.IHttpResponse;

/** MSAL's HTTP calls (token requests) through the JDK's HttpClient, with timeouts. */
public class MsalHttpClient implements IHttpClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Override
    public IHttpResponse send(HttpRequest request) throws Exception {
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(target(request.url().toURI()))
                .timeout(TIMEOUT);
        request.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Host")) {
                builder.header(name, value);
            }
        });
        if (request.httpMethod() == HttpMethod.POST) {
            builder.POST(BodyPublishers.ofString(request.body() == null ? "" : request.body()));
        } else {
            builder.GET();
        }
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        com.microsoft.aad.msal4j.HttpResponse result = new com.microsoft.aad.msal4j.HttpResponse();
        result.statusCode(response.statusCode());
        result.body(response.body());
        result.addHeaders(response.headers().map());
        return result;
    }

    /** Where a request really goes; tests send MSAL's requests to a fake identity platform. */
    protected URI target(URI uri) {
        return uri;
    }
}
