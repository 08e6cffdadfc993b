package org.hamyar.outbox.parcel;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import java.util.UUID;

/** A request that publishes an event, as a service's endpoint does: the trace of the request goes with it. */
@Path("/test/parcels")
public class ParcelResource {

    private final ParcelService parcels;

    ParcelResource(ParcelService parcels) {
        this.parcels = parcels;
    }

    /** Ships the parcel; the answer is the id of the ParcelShipped event. */
    @POST
    @Path("{id}/shipments")
    public String ship(@PathParam("id") UUID parcelId) {
        return parcels.ship(parcelId).toString();
    }
}
