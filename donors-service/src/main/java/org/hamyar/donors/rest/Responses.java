package org.hamyar.donors.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hamyar.api.http.EntityTags;

import java.util.UUID;

/** The two answers every resource of the money gives: a created record, and a record with its ETag. */
public final class Responses {

    private Responses() {
    }

    /** 201 with the record, its Location (the request path and the id) and its ETag. */
    public static Response created(UriInfo uri, UUID id, long version, Object entity) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .tag(EntityTags.of(version)).entity(entity).build();
    }

    /** 200 with the record and its ETag, which an update sends back in If-Match. */
    public static Response tagged(Object entity, long version) {
        return Response.ok(entity).tag(EntityTags.of(version)).build();
    }
}
