package org.hamyar.api.problem;

import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.hamyar.api.requestid.RequestIds;

import io.vertx.ext.web.RoutingContext;

/**
 * What a problem response needs to know about the request it answers.
 *
 * @param path           the request path, the problem's {@code instance}
 * @param acceptLanguage the {@code Accept-Language} header, or null
 * @param requestId      the request id the response carries
 */
public record RequestInfo(String path, String acceptLanguage, String requestId) {

    public static RequestInfo of(HttpHeaders headers, UriInfo uri) {
        return new RequestInfo(uri.getRequestUri().getRawPath(), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE),
                headers.getHeaderString(RequestIds.HEADER));
    }

    public static RequestInfo of(RoutingContext context) {
        return new RequestInfo(context.request().path(), context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE),
                RequestIds.of(context));
    }

    public Locale locale() {
        return ProblemTexts.locale(acceptLanguage);
    }
}
